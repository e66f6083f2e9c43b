#pragma once

#include "clinical/Problem.h"

#include <utility>
#include <variant>

namespace mmtrack::clinical {

// A value or the problems that prevented it. Library calls return this instead of
// throwing, so that every caller must decide what the user sees.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Problem problem) : m_state(Problems{std::move(problem)}) {}
    Result(Problems problems) : m_state(std::move(problems)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value on a temporary, so that `for (x : f().value())` never dangles.
    T value() && { return std::get<T>(std::move(m_state)); }

    const Problems& problems() const
    {
        static const Problems none;
        return ok() ? none : std::get<Problems>(m_state);
    }
    QString errorText() const { return describe(problems()); }

private:
    std::variant<T, Problems> m_state;
};

// For calls that produce nothing but may fail.
struct Done {};
using Status = Result<Done>;

} // namespace mmtrack::clinical
