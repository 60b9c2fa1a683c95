#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace linkdesk {

// What a caller can decide on, set where the error is born (never parsed out of a message or code).
enum class ErrorKind {
    Failed,         // nothing to decide on: a message for people
    Invalid,        // the input itself is unusable (an empty name, not an e-mail address)
    Refused,        // the other side understood and said no; asking again gets the same answer
    NotFound,       // what was asked for does not exist
    Transient,      // a time-out, a rate limit, an outage, no connection: asking later may work
    UnknownOutcome, // it may have happened although no success was seen: look before doing it again
    Conflict,       // someone else changed it or holds it first: read again, decide again
    Configuration,  // a setting, a credential or a secret is missing or wrong: a person fixes the setup
    Cancelled,      // stopped on request, or superseded by a newer request
};

// A short English name of the kind ("unknown_outcome"), for logs and test output.
QString toString(ErrorKind kind);

// An error a caller must handle: a message a user can read, what kind of error it is, and the
// technical detail behind it.
struct Error {
    QString message; // a short, plain sentence for people ("Could not reach Business Central: ...")
    ErrorKind kind = ErrorKind::Failed;
    // The raw text behind the message for whoever looks into it (the request and the answer: method,
    // URL, status, an excerpt of the body), never a secret; shown behind "Details" and logged. Often
    // empty.
    QString detail;

    bool is(ErrorKind k) const { return kind == k; }
    // Asking again will not change the answer (Invalid, Refused, NotFound): a person must act.
    bool isPermanent() const {
        return kind == ErrorKind::Invalid || kind == ErrorKind::Refused || kind == ErrorKind::NotFound;
    }
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
    bool failedWith(ErrorKind kind) const { return !ok() && error().kind == kind; }

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
    bool failedWith(ErrorKind kind) const { return !ok() && m_error->kind == kind; }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message, ErrorKind kind = ErrorKind::Failed) {
    return Error{std::move(message), kind, {}};
}

} // namespace linkdesk
