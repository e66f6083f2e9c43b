#pragma once

#include <QDate>
#include <QDateTime>

namespace mmtrack::clinical {

// The one source of "now". Rules and repositories take a Clock so that tests can fix time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The calendar day at the ward, used for "a birth date in the future" and for ages.
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    QDate today() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(QDateTime utc) { m_now = std::move(utc); }

private:
    QDateTime m_now;
};

} // namespace mmtrack::clinical
