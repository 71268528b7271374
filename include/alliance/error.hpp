// alliance/error.hpp — the one exception type the library throws.
//
// Every error has a stable id ("alliance.date.invalid") and a message that
// says what was wrong and where, in the style of nlohmann/json's
// "[json.exception.parse_error.101] ...". The id is for programs; the message
// is for people.
#pragma once

#include <cstddef>
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
// Text the user gave, as a message shows it: between single quotes, and cut
// to its first 60 characters (UTF-8 characters, never half of one) followed
// by "…" when longer, so that a 100,000-character argument does not fill the
// screen. Messages that quote input go through this.
inline std::string echo(std::string_view text, std::size_t limit = 60) {
    std::size_t at = 0;
    std::size_t characters = 0;
    while (at < text.size() && characters < limit) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0u) == 0x80u) ++at;  // continuation bytes
        ++characters;
    }
    std::string out = "'";
    out.append(text.substr(0, at));
    if (at < text.size()) out += "\xE2\x80\xA6";  // U+2026, the ellipsis
    out += "'";
    return out;
}

// Called only on an error path. It is deliberately not constexpr: when constant
// evaluation reaches it (a bad literal, an invalid constexpr dataset), the
// build fails and the compiler shows this function's name and its argument.
[[noreturn]] inline void constexpr_error(errc code, const char* id, const char* message) {
    throw error(code, id, message);
}
}  // namespace detail

}  // namespace alliance
