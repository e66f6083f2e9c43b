#pragma once

#include "clinical/PartialDate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

enum class Sex { Male, Female };
// The involved immunoglobulin. None means light-chain-only myeloma.
enum class HeavyChain { IgG, IgA, IgD, IgE, IgM, None };
// The involved light chain.
enum class LightChain { Kappa, Lambda };

// One patient as the registry holds them. Codes (male, IgG, kappa...) are those of the case
// file (shared/domain/case-format.md), so storage, files and the CLI spell them alike.
struct Patient {
    qint64 id = 0; // 0 until stored
    QString mrn;
    QString name;
    std::optional<Sex> sex;
    std::optional<PartialDate> birthDate;
    std::optional<double> weightKg;
    std::optional<PartialDate> diagnosisDate;
    std::optional<HeavyChain> heavyChain;
    std::optional<LightChain> lightChain;
    QString notes;
    bool archived = false;

    // Bookkeeping kept by storage.
    int rowVersion = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

// Case-file codes, and parsing them back (nullopt for an unknown code).
QString sexCode(Sex sex);
std::optional<Sex> sexFromCode(const QString& code);
QString heavyChainCode(HeavyChain chain);
std::optional<HeavyChain> heavyChainFromCode(const QString& code);
QString lightChainCode(LightChain chain);
std::optional<LightChain> lightChainFromCode(const QString& code);

QStringList allSexCodes();
QStringList allHeavyChainCodes();
QStringList allLightChainCodes();

// Words for people, in the current language.
class PatientText {
    Q_DECLARE_TR_FUNCTIONS(PatientText)
public:
    static QString sex(Sex sex);
    static QString heavyChain(HeavyChain chain);
    static QString lightChain(LightChain chain); // κ or λ
    // "IgG κ", "κ light chain only", or "" when nothing is recorded.
    static QString isotype(const Patient& patient);
    // "36", "36–37" when the birth date is not known to the day, "" without a birth date.
    static QString age(const Patient& patient, QDate at);
};

} // namespace mmtrack::clinical
