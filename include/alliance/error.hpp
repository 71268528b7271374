// alliance/error.hpp — the one exception type the library throws.
//
// Every error has a stable id ("alliance.date.invalid") and a message that
// says what was wrong and where, in the style of nlohmann/json's
// "[json.exception.parse_error.101] ...". The id is for programs; the message
// is for people.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace alliance {

// What went wrong, coarsely: lets callers react without parsing messages.
enum class errc {
    invalid_date,            // not a date, or a date that does not exist (2023-02-30)
    invalid_period,          // a period that ends before it starts, or has no status
    contradiction,           // two periods of one party in one organisation disagree
    unknown_organisation,    // a key that the registry does not know
    unknown_party,
    duplicate_key,           // a key added twice with different meanings
    malformed_input,         // a file row that cannot be read (see where())
    io,                      // a file that cannot be opened or read
    foreign_id,              // an id given by another registry or index
};

// Where an error was found: a file, line and field when it came from a file.
struct location {
    std::string file;   // empty when the input was not a file
    long line = 0;      // 1-based; 0 when not known
    std::string field;  // column name or number; empty when not known

    [[nodiscard]] bool empty() const noexcept { return file.empty() && line == 0 && field.empty(); }
};

class error : public std::runtime_error {
public:
    error(errc code, std::string_view id, const std::string& message, location where = {})
        : std::runtime_error(compose(id, message, where)), code_(code), id_(id), where_(std::move(where)) {}

    [[nodiscard]] errc code() const noexcept { return code_; }
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    [[nodiscard]] const location& where() const noexcept { return where_; }

private:
    static std::string compose(std::string_view id, const std::string& message, const location& where) {
        std::string out = "[";
        out.append(id);
        out += "] ";
        if (!where.file.empty()) {
            out += where.file;
            if (where.line > 0) out += ":" + std::to_string(where.line);
            out += ": ";
        } else if (where.line > 0) {
            out += "line " + std::to_string(where.line) + ": ";
        }
        if (!where.field.empty()) out += "field '" + where.field + "': ";
        out += message;
        return out;
    }

    errc code_;
    std::string id_;
    location where_;
};

namespace detail {
// Called only on an error path. It is deliberately not constexpr: when constant
// evaluation reaches it (a bad literal, an invalid constexpr dataset), the
// build fails and the compiler shows this function's name and its argument.
[[noreturn]] inline void constexpr_error(errc code, const char* id, const char* message) {
    throw error(code, id, message);
}
}  // namespace detail

}  // namespace alliance
