// alliance/io/read.hpp — read a membership file of any supported format into a registry.
//
//   alliance::io::read_report report;
//   auto r = alliance::io::read_file("state_year_formatv3.csv", "auto", &report);
//   // report.format == "cow-igo-state-year", report.rows == 15557, ...
//
// Formats (the README's "formats" section describes each):
//   alliance-csv         the library's own period CSV (write_period_csv)
//   cow-igo-state-year   COW IGO v3 state-year:  ccode,year,state,<one column per IGO>
//   cow-igo-igo-year     COW IGO v3 IGO-year:    ioname,orgname,year,<one column per state>,<metadata>
//   cow-alliance-member  COW Formal Alliances v4.1, member level
//   atop-member          ATOP 5.1 member file (atop5_1m.csv)
//   atop-alliance        ATOP 5.1 alliance file (atop5_1a.csv): attributes only
//   auto                 recognise the format by the header row
#pragma once

#include <alliance/error.hpp>
#include <alliance/io/atop.hpp>
#include <alliance/io/cow_alliance.hpp>
#include <alliance/io/cow_igo.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/report.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <fstream>
#include <initializer_list>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace alliance::io {

// --- synopsis -----------------------------------------------------------------

inline constexpr std::array<std::string_view, 7> formats{"auto",           "alliance-csv",        "cow-igo-state-year",
                                                         "cow-igo-igo-year", "cow-alliance-member", "atop-member",
                                                         "atop-alliance"};

// Reads a file. Throws alliance::error: errc::io when the file cannot be
// opened or read, errc::malformed_input (with file, line and field) for a
// malformed file or row — unless options.lenient, where malformed rows are
// rejected and reported in `report`.
template <class = void>
[[nodiscard]] registry read_file(const std::string& path, std::string_view format = "auto",
                                 read_report* report = nullptr, read_options options = {});

// The same from a stream; `name` stands for the file in messages.
template <class = void>
[[nodiscard]] registry read_stream(std::istream& in, const std::string& name, std::string_view format = "auto",
                                   read_report* report = nullptr, read_options options = {});

// The same, adding to an existing registry, so that several files make one
// (the ATOP member file and the ATOP alliance file, say). Organisations and
// parties already there are shared; the report counts this file's rows and
// periods, and the registry's parties and organisations after the read. A
// file that contradicts what is there (a period of another status on the
// same day, an attribute the ATOP readers must agree on) is an error; what
// was added before the error stays.
template <class = void>
void read_file_into(registry& into, const std::string& path, std::string_view format = "auto",
                    read_report* report = nullptr, read_options options = {});
template <class = void>
void read_stream_into(registry& into, std::istream& in, const std::string& name, std::string_view format = "auto",
                      read_report* report = nullptr, read_options options = {});

// The format a header row belongs to, or an empty view when none fits.
template <class = void>
[[nodiscard]] std::string_view detect_format(const std::vector<std::string>& header) noexcept;

// --- implementation -----------------------------------------------------------

template <class>
std::string_view detect_format(const std::vector<std::string>& header) noexcept {
    const auto starts = [&](std::initializer_list<std::string_view> names) {
        std::size_t i = 0;
        for (const auto n : names) {
            if (i >= header.size() || header[i] != n) return false;
            ++i;
        }
        return true;
    };
    const auto has = [&](std::string_view n) { return std::find(header.begin(), header.end(), n) != header.end(); };
    // The library's own format by its two key columns, so that a missing
    // required column is reported as such rather than as an unknown format.
    if (is_period_csv_header(header) || (has("organisation") && has("party"))) return "alliance-csv";
    if (starts({"ccode", "year", "state"})) return "cow-igo-state-year";
    if (starts({"ioname", "orgname", "year"})) return "cow-igo-igo-year";
    if (has("version4id") && has("ccode")) return "cow-alliance-member";
    if (has("atopid") && has("member") && has("yrent")) return "atop-member";
    if (has("atopid") && has("begyr") && has("endyr")) return "atop-alliance";
    return {};
}

template <class>
void read_stream_into(registry& r, std::istream& in, const std::string& name, std::string_view format,
                             read_report* report, read_options options) {
    std::string_view chosen;
    for (const auto f : formats)
        if (f == format) chosen = f;
    if (chosen.empty()) {
        std::string known;
        for (const auto f : formats) known += (known.empty() ? "" : ", ") + std::string(f);
        throw error(errc::malformed_input, "alliance.format.unknown",
                    "unknown format '" + std::string(format) + "' (known: " + known + ")");
    }

    csv_reader csv(in, name);
    read_report local;
    read_report& out = report ? *report : local;
    out = read_report{};
    if (!csv.read_header())
        throw error(errc::malformed_input, "alliance.csv.empty", "the file is empty: expected a header row",
                    location{name, 1, {}});
    if (chosen == "auto") {
        chosen = detect_format(csv.header());
        if (chosen.empty())
            throw error(errc::malformed_input, "alliance.format.unrecognised",
                        "the header row fits no known format (alliance-csv, cow-igo-state-year, cow-igo-igo-year, "
                        "cow-alliance-member, atop-member, atop-alliance); name one with --format",
                        location{name, csv.line(), {}});
    }
    out.format = std::string(chosen);

    if (chosen == "alliance-csv") detail::read_period_rows(csv, r, out, options);
    else if (chosen == "cow-igo-state-year") detail::read_cow_igo_state_year(csv, r, out, options);
    else if (chosen == "cow-igo-igo-year") detail::read_cow_igo_igo_year(csv, r, out, options);
    else if (chosen == "cow-alliance-member") detail::read_cow_alliance_member(csv, r, out, options);
    else if (chosen == "atop-member") detail::read_atop_member(csv, r, out, options);
    else detail::read_atop_alliance(csv, r, out, options);
    out.parties = r.party_count();
    out.organisations = r.organisation_count();
}

template <class>
registry read_stream(std::istream& in, const std::string& name, std::string_view format, read_report* report,
                            read_options options) {
    registry r;
    read_stream_into(r, in, name, format, report, options);
    return r;
}

template <class>
void read_file_into(registry& into, const std::string& path, std::string_view format, read_report* report,
                           read_options options) {
    // The file's type first: opening a FIFO with no writer waits forever, and
    // a directory opens but fails at the first read with a message that names
    // neither the file nor the problem.
    std::error_code type_error;
    const auto type = std::filesystem::status(path, type_error).type();
    if (!type_error && type != std::filesystem::file_type::regular) {
        const char* what = type == std::filesystem::file_type::directory ? "a directory"
                           : type == std::filesystem::file_type::fifo     ? "a FIFO (named pipe)"
                           : type == std::filesystem::file_type::socket   ? "a socket"
                           : type == std::filesystem::file_type::block || type == std::filesystem::file_type::character
                               ? "a device"
                               : "a special file";
        throw error(errc::io, "alliance.io.open",
                    std::string("cannot read the file: it is ") + what + ", not a regular file",
                    location{path, 0, {}});
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw error(errc::io, "alliance.io.open",
                    "cannot open the file: " + std::string(err != 0 ? std::strerror(err) : "unknown reason"),
                    location{path, 0, {}});
    }
    read_stream_into(into, in, path, format, report, options);
}

template <class>
registry read_file(const std::string& path, std::string_view format, read_report* report, read_options options) {
    registry r;
    read_file_into(r, path, format, report, options);
    return r;
}

}  // namespace alliance::io
