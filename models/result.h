// Result<T> and Status: the error type of every fallible function in pp_models.
// Shaped like std::expected (C++23): a value or an Error, never both.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pp {

/// Why something failed. The values map one to one to the command line's exit statuses
/// (DESIGN.md section 4), so that a failure travels from storage to the shell unchanged.
enum class ErrorKind {
    Failed = 1,        ///< storage or I/O failed
    Usage = 2,         ///< the caller asked for something that cannot be done
    InputRejected = 3, ///< input did not validate; nothing was changed
    Conflict = 4,      ///< the record changed since it was read (concurrent edit)
};

/// A failure with a message written for the user (translated, with file/line/field context).
struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message)
{
    return Error{ErrorKind::Failed, std::move(message)};
}
inline Error rejected(QString message)
{
    return Error{ErrorKind::InputRejected, std::move(message)};
}
inline Error conflict(QString message)
{
    return Error{ErrorKind::Conflict, std::move(message)};
}
inline Error usage(QString message)
{
    return Error{ErrorKind::Usage, std::move(message)};
}

} // namespace pp
