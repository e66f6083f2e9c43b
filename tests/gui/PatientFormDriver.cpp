#include "PatientFormDriver.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

namespace mmtrack::test {

PatientFormDriver::PatientFormDriver(gui::PatientFormDialog* dialog) : m_dialog(dialog)
{
    REQUIRE(m_dialog != nullptr);
}

void PatientFormDriver::type(const char* fieldWidget, const QString& text)
{
    auto* widget = m_dialog->findChild<QWidget*>(QLatin1String(fieldWidget));
    REQUIRE(widget != nullptr);
    widget->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
    }
    typeText(widget, text);
}

void typeText(QWidget* widget, const QString& text)
{
    // Latin text is typed key by key; Chinese arrives as an input method commits it.
    QString run;
    auto flush = [&](bool ascii) {
        if (run.isEmpty())
            return;
        if (ascii) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QCoreApplication::sendEvent(widget->focusProxy() ? widget->focusProxy() : widget,
                                        &commit);
        }
        run.clear();
    };
    bool ascii = true;
    for (const QChar c : text) {
        const bool isAscii = c.unicode() < 128;
        if (isAscii != ascii)
            flush(ascii);
        ascii = isAscii;
        run += c;
    }
    flush(ascii);
}

void PatientFormDriver::choose(const char* comboWidget, const QString& code)
{
    auto* combo = m_dialog->findChild<QComboBox*>(QLatin1String(comboWidget));
    REQUIRE(combo != nullptr);
    combo->setFocus();
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    // Walk the list with the arrow keys, as a keyboard user does.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentIndex() == index);
}

void PatientFormDriver::save()
{
    auto* buttons = m_dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QString PatientFormDriver::text(const char* fieldWidget) const
{
    auto* widget = m_dialog->findChild<QWidget*>(QLatin1String(fieldWidget));
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return line->text();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        return plain->toPlainText();
    return {};
}

} // namespace mmtrack::test
