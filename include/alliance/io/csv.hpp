// alliance/io/csv.hpp — a streaming RFC 4180 CSV reader that knows where it is.
//
// The reader pulls one record at a time from a std::istream through a fixed
// buffer; it never holds more than the current record. Each record remembers
// the line its first character was on, so an error names file:line and field
// even when a quoted field spans several lines.
//
// What it accepts (RFC 4180, plus what real files do):
//  - fields separated by ',' (or another separator), records ended by LF or
//    CRLF; the last record may lack a line end;
//  - quoted fields with embedded separators, line breaks and doubled quotes
//    ("He said ""no""");
//  - a UTF-8 byte-order mark at the very start of the file (skipped);
//  - blank lines (no characters at all) are not records: they are skipped and
//    counted in line numbers only.
// What it rejects, with an alliance::error (errc::malformed_input) naming
// file, line and field:
//  - a quote inside an unquoted field, or text after a closing quote;
//  - a file that ends inside a quoted field (a truncated file);
//  - a carriage return not followed by a line feed outside quotes;
//  - bytes that are not UTF-8, and NUL bytes;
//  - a field, a record or a field count over the limits (csv_limits), so no
//    input makes the reader allocate without bound.
#pragma once

#include <alliance/error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance::io {

// --- synopsis -----------------------------------------------------------------

// Upper bounds on what one record may hold. The defaults are far above any
// membership file (the widest real one, COW IGO state-year, has 537 fields
// and 2 KB lines) and far below what would exhaust memory.
struct csv_limits {
    std::size_t max_field_bytes = std::size_t{1} << 20;   // 1 MiB in one field
    std::size_t max_record_bytes = std::size_t{1} << 24;  // 16 MiB in one record
    std::size_t max_fields = 1u << 16;                    // 65,536 fields in one record
    // 4 GiB in the whole input: a hundred times the largest real file (ATOP's
    // member-level file, 3 MB; COW IGO state-year, 30 MB). What never ends
    // (a device, a runaway pipe) stops with an error instead of filling memory.
    std::uint64_t max_input_bytes = std::uint64_t{1} << 32;
};

class csv_reader {
public:
    // `file` names the input in error messages (a path, or "<stdin>").
    template <class = void>
    explicit csv_reader(std::istream& in, std::string file = {}, char separator = ',', csv_limits limits = {});

    // Reads the next record. Returns false at the end of input. Throws
    // alliance::error (errc::malformed_input, errc::io) on malformed input.
    template <class = void>
    bool next();

    // Reads the next record and keeps it as the header: field names are then
    // used in error messages and by column(). Returns false on an empty file.
    template <class = void>
    bool read_header();

    // The current record.
    [[nodiscard]] std::size_t size() const noexcept { return ends_.size(); }
    [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
        const std::size_t b = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(data_).substr(b, ends_[i] - b);
    }
    // Line on which the current record starts (1-based) and records read so
    // far, header included.
    [[nodiscard]] long line() const noexcept { return record_line_; }
    [[nodiscard]] std::size_t records() const noexcept { return records_; }
    [[nodiscard]] const std::string& file() const noexcept { return file_; }

    // The header, when read_header() was called.
    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
    // Index of a header column (exact name), or npos.
    template <class = void>
    [[nodiscard]] std::size_t column(std::string_view name) const noexcept;
    // "name" of column i from the header, or "column N" (1-based) without one.
    template <class = void>
    [[nodiscard]] std::string field_name(std::size_t i) const;

    // Where the current record, or one of its fields, is.
    [[nodiscard]] location where() const { return {file_, record_line_, {}}; }
    [[nodiscard]] location where(std::size_t field) const { return {file_, record_line_, field_name(field)}; }
    [[nodiscard]] location where(std::string_view field) const { return {file_, record_line_, std::string(field)}; }

    // Throws errc::malformed_input for the current record unless it has exactly `n` fields.
    template <class = void>
    void expect_fields(std::size_t n) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    template <class = void>
    [[noreturn]] void fail(std::string_view id, const std::string& message, long line, std::size_t field) const;
    template <class = void>
    bool fill();
    template <class = void>
    void finish_field(long line);
    template <class = void>
    void end_record_at_cr();  // at a CR after a field: it must start a CR LF line end
    template <class = void>
    void check_utf8(std::size_t begin, long line) const;

    std::istream& in_;
    std::string file_;
    char separator_;
    csv_limits limits_;

    // Byte classes for the unquoted-field scan.
    static constexpr unsigned char plain = 0, high_byte = 1, special = 2;
    std::array<unsigned char, 256> kinds_{};

    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    std::uint64_t read_bytes_ = 0;  // of the whole input, against max_input_bytes
    bool at_start_ = true;

    std::string data_;               // the current record's fields, back to back
    std::vector<std::size_t> ends_;  // end offset of each field in data_
    std::size_t field_begin_ = 0;
    bool field_has_high_bytes_ = false;
    long line_ = 1;                  // the line the next character is on
    long record_line_ = 0;
    std::size_t records_ = 0;
    std::vector<std::string> header_;
};

// Writing: a field is quoted when it holds the separator, a quote, CR or LF
// (quotes doubled); otherwise written as is. Records end with "\n".
template <class = void>
void write_csv_field(std::ostream& out, std::string_view field, char separator = ',');
template <class = void>
void write_csv_record(std::ostream& out, const std::vector<std::string_view>& fields, char separator = ',');

// --- implementation -----------------------------------------------------------

template <class>
csv_reader::csv_reader(std::istream& in, std::string file, char separator, csv_limits limits)
    : in_(in), file_(std::move(file)), separator_(separator), limits_(limits), buffer_(std::size_t{1} << 16) {
    if (separator_ == '"' || separator_ == '\n' || separator_ == '\r')
        throw error(errc::malformed_input, "alliance.csv.separator", "a CSV separator cannot be a quote or a line end");
    for (std::size_t b = 0x80; b < 256; ++b) kinds_[b] = high_byte;
    for (const char c : {separator_, '\n', '\r', '"', '\0'}) kinds_[static_cast<unsigned char>(c)] = special;
}

template <class>
std::size_t csv_reader::column(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < header_.size(); ++i)
        if (header_[i] == name) return i;
    return npos;
}

template <class>
std::string csv_reader::field_name(std::size_t i) const {
    if (i < header_.size() && !header_[i].empty()) return header_[i];
    return "column " + std::to_string(i + 1);
}

template <class>
void csv_reader::fail(std::string_view id, const std::string& message, long line, std::size_t field) const {
    throw error(errc::malformed_input, id, message, location{file_, line, field == npos ? std::string{} : field_name(field)});
}

template <class>
void csv_reader::expect_fields(std::size_t n) const {
    if (size() != n)
        fail("alliance.csv.field_count",
             "expected " + std::to_string(n) + " fields, found " + std::to_string(size()), record_line_, npos);
}

template <class>
bool csv_reader::fill() {
    if (eof_) return false;
    if (in_.bad()) throw error(errc::io, "alliance.io.read", "cannot read the file", location{file_, line_, {}});
    // Reading through the stream buffer avoids istream's per-call sentry and
    // formatting overhead; the buffer size bounds the memory used.
    const std::streamsize got = in_.rdbuf() ? in_.rdbuf()->sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size())) : 0;
    pos_ = 0;
    end_ = got > 0 ? static_cast<std::size_t>(got) : 0;
    if (end_ == 0) {
        eof_ = true;
        return false;
    }
    read_bytes_ += end_;
    if (read_bytes_ > limits_.max_input_bytes)
        fail("alliance.csv.limit", "an input longer than " + std::to_string(limits_.max_input_bytes) + " bytes", line_,
             npos);
    if (at_start_) {
        at_start_ = false;
        const auto byte = [&](std::size_t i) { return i < end_ ? static_cast<unsigned char>(buffer_[i]) : 0x100u; };
        const auto utf8_bom_at = [&](std::size_t i) { return byte(i) == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF; };
        // A UTF-8 byte-order mark is an encoding signature, not data.
        if (utf8_bom_at(0)) pos_ = 3;
        // A second one is not a signature: it would become part of the first
        // column's name. Said as what it is, not as an unknown column.
        if (utf8_bom_at(3))
            fail("alliance.csv.encoding",
                 "a second byte-order mark (EF BB BF) after the first at the start of the file; remove it", 1, npos);
        // UTF-16 (with its byte-order mark FF FE or FE FF, or without one:
        // ASCII text with a NUL byte beside each letter) is not read as
        // UTF-8 with NUL bytes.
        const bool utf16_bom = (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF);
        const bool utf16_text = end_ >= 4 && ((byte(0) == 0 && byte(1) != 0 && byte(2) == 0 && byte(3) != 0) ||
                                              (byte(0) != 0 && byte(1) == 0 && byte(2) != 0 && byte(3) == 0));
        if (utf16_bom || utf16_text)
            fail("alliance.csv.encoding",
                 std::string("the file is UTF-16 (") +
                     (utf16_bom ? "byte-order mark " + std::string(byte(0) == 0xFF ? "FF FE" : "FE FF")
                                : std::string("a NUL byte beside each letter")) +
                     "), not UTF-8; convert the file to UTF-8",
                 1, npos);
    }
    return true;
}

template <class>
void csv_reader::check_utf8(std::size_t begin, long line) const {
    const auto* s = reinterpret_cast<const unsigned char*>(data_.data());
    const std::size_t n = data_.size();
    std::size_t i = begin;
    const auto bad = [&](std::size_t at) {
        static constexpr char hex[] = "0123456789ABCDEF";
        std::string byte = "0x";
        byte += hex[s[at] >> 4];
        byte += hex[s[at] & 15];
        fail("alliance.csv.encoding",
             "the text is not valid UTF-8 (byte " + byte + " at character " + std::to_string(at - begin + 1) +
                 " of the field); convert the file to UTF-8",
             line, ends_.size());
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
        else bad(i);
        if (i + len > n) bad(i);
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0u) != 0x80u) bad(i);
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            bad(i);
        i += len;
    }
}

template <class>
void csv_reader::finish_field(long line) {
    if (field_has_high_bytes_) check_utf8(field_begin_, line);
    if (ends_.size() >= limits_.max_fields)
        fail("alliance.csv.limit", "more than " + std::to_string(limits_.max_fields) + " fields in one record",
             record_line_, npos);
    ends_.push_back(data_.size());
    field_begin_ = data_.size();
    field_has_high_bytes_ = false;
}

template <class>
bool csv_reader::read_header() {
    if (!next()) return false;
    header_.clear();
    for (std::size_t i = 0; i < size(); ++i) header_.emplace_back((*this)[i]);
    return true;
}

template <class>
bool csv_reader::next() {
    data_.clear();
    ends_.clear();
    field_begin_ = 0;
    field_has_high_bytes_ = false;

    // Skip blank lines (LF or CRLF with nothing before them).
    for (;;) {
        if (pos_ == end_ && !fill()) return false;
        const char c = buffer_[pos_];
        if (c == '\n') { ++pos_; ++line_; continue; }
        if (c == '\r') {
            ++pos_;
            if (pos_ == end_ && !fill())
                fail("alliance.csv.line_end", "a carriage return not followed by a line feed", line_, npos);
            if (buffer_[pos_] != '\n')
                fail("alliance.csv.line_end", "a carriage return not followed by a line feed", line_, npos);
            ++pos_;
            ++line_;
            continue;
        }
        break;
    }
    record_line_ = line_;
    ++records_;

    const auto over_limits = [&] {
        if (data_.size() - field_begin_ > limits_.max_field_bytes)
            fail("alliance.csv.limit", "a field longer than " + std::to_string(limits_.max_field_bytes) + " bytes",
                 record_line_, ends_.size());
        if (data_.size() > limits_.max_record_bytes)
            fail("alliance.csv.limit", "a record longer than " + std::to_string(limits_.max_record_bytes) + " bytes",
                 record_line_, npos);
    };

    for (;;) {  // one field per iteration
        if (pos_ == end_ && !fill()) {  // end of input right after a separator
            finish_field(line_);
            return true;
        }
        if (buffer_[pos_] == '"') {
            // Quoted field: runs to the closing quote, over separators and line ends.
            const long opened = line_;
            ++pos_;
            for (;;) {
                if (pos_ == end_ && !fill())
                    fail("alliance.csv.truncated",
                         "the file ends inside a quoted field opened on line " + std::to_string(opened) +
                             " (a missing closing quote, or a truncated file)",
                         record_line_, ends_.size());
                // Copy the run up to the next quote in one step.
                std::size_t run = pos_;
                while (run < end_ && buffer_[run] != '"') {
                    const char c = buffer_[run];
                    if (c == '\n') ++line_;
                    else if (c == '\0') fail("alliance.csv.nul", "a NUL byte in the text", line_, ends_.size());
                    else if (static_cast<unsigned char>(c) >= 0x80) field_has_high_bytes_ = true;
                    ++run;
                }
                data_.append(buffer_.data() + pos_, run - pos_);
                pos_ = run;
                over_limits();
                if (pos_ == end_) continue;
                ++pos_;  // the quote
                if (pos_ == end_ && !fill()) break;  // closing quote at the end of input
                if (buffer_[pos_] == '"') {  // a doubled quote is one quote
                    data_ += '"';
                    ++pos_;
                    continue;
                }
                break;  // closing quote
            }
            if (pos_ == end_ && !fill()) {
                finish_field(line_);
                return true;
            }
            const char after = buffer_[pos_];
            if (after == separator_) { ++pos_; finish_field(line_); continue; }
            if (after == '\n') { ++pos_; finish_field(line_); ++line_; return true; }
            if (after == '\r') {
                end_record_at_cr();
                return true;
            }
            fail("alliance.csv.quote",
                 std::string("unexpected character '") + after + "' after a closing quote (a quote inside a quoted field is written \"\")",
                 line_, ends_.size());
        }

        // Unquoted field: the hot path. Scan the buffer for the next special
        // character with one table lookup per byte, and append the run in one step.
        for (;;) {
            std::size_t run = pos_;
            char c = 0;
            unsigned char seen = 0;
            while (run < end_) {
                c = buffer_[run];
                const unsigned char kind = kinds_[static_cast<unsigned char>(c)];
                if (kind == special) break;
                seen |= kind;
                ++run;
            }
            if (seen == high_byte) field_has_high_bytes_ = true;
            data_.append(buffer_.data() + pos_, run - pos_);
            pos_ = run;
            if (data_.size() - field_begin_ > limits_.max_field_bytes || data_.size() > limits_.max_record_bytes)
                over_limits();
            if (pos_ == end_) {
                if (!fill()) {  // the last record without a line end
                    finish_field(line_);
                    return true;
                }
                continue;
            }
            if (c == separator_) { ++pos_; finish_field(line_); break; }
            if (c == '\n') { ++pos_; finish_field(line_); ++line_; return true; }
            if (c == '\r') {
                end_record_at_cr();
                return true;
            }
            if (c == '\0') fail("alliance.csv.nul", "a NUL byte in the text", line_, ends_.size());
            fail("alliance.csv.quote",
                 "a quote inside an unquoted field (quote the whole field and double the quote: \"a \"\"b\"\"\")",
                 line_, ends_.size());
        }
    }
}

template <class>
void csv_reader::end_record_at_cr() {
    ++pos_;
    if ((pos_ == end_ && !fill()) || buffer_[pos_] != '\n')
        fail("alliance.csv.line_end", "a carriage return not followed by a line feed", line_, npos);
    ++pos_;
    finish_field(line_);
    ++line_;
}

template <class>
void write_csv_field(std::ostream& out, std::string_view field, char separator) {
    bool quote = false;
    for (const char c : field)
        if (c == separator || c == '"' || c == '\n' || c == '\r') { quote = true; break; }
    if (!quote) {
        out << field;
        return;
    }
    out << '"';
    for (const char c : field) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

template <class>
void write_csv_record(std::ostream& out, const std::vector<std::string_view>& fields, char separator) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out << separator;
        write_csv_field(out, fields[i], separator);
    }
    out << '\n';
}

}  // namespace alliance::io
