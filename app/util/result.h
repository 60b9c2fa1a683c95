#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace linkdesk {

// An error a caller must handle: a message a user can read, and an optional machine code.
struct Error {
    QString message;
    QString code;
};

// The value of an operation that can fail, or the reason it failed (std::expected in spirit).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message, QString code = {}) {
    return Error{std::move(message), std::move(code)};
}

} // namespace linkdesk
