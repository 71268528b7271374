// The streaming RFC 4180 reader: what it accepts, what it rejects, and where it says the problem is.
#include <alliance/io/csv.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

using records = std::vector<std::vector<std::string>>;

struct parsed {
    records rows;
    std::vector<long> lines;
};

parsed parse(const std::string& text, alliance::io::csv_limits limits = {}) {
    std::istringstream in(text);
    alliance::io::csv_reader csv(in, "test.csv", ',', limits);
    parsed out;
    while (csv.next()) {
        std::vector<std::string> row;
        for (std::size_t i = 0; i < csv.size(); ++i) row.emplace_back(csv[i]);
        out.rows.push_back(row);
        out.lines.push_back(csv.line());
    }
    return out;
}

std::string error_of(const std::string& text, alliance::io::csv_limits limits = {}) {
    try {
        (void)parse(text, limits);
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::malformed_input);
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("plain records with LF, CRLF and no final line end") {
    const auto p = parse("a,b,c\n1,2,3\r\nx,,z");
    CHECK(p.rows == records{{"a", "b", "c"}, {"1", "2", "3"}, {"x", "", "z"}});
    CHECK(p.lines == std::vector<long>{1, 2, 3});
}

TEST_CASE("quoted fields hold separators, doubled quotes and line breaks; the record keeps its first line") {
    const auto p = parse("h1,h2\n\"a,b\",\"say \"\"no\"\"\"\n\"two\nlines\",x\nlast,\"\"\n");
    CHECK(p.rows == records{{"h1", "h2"}, {"a,b", "say \"no\""}, {"two\nlines", "x"}, {"last", ""}});
    CHECK(p.lines == std::vector<long>{1, 2, 3, 5});
}

TEST_CASE("a UTF-8 byte-order mark at the start is skipped; elsewhere it is data") {
    const auto p = parse("\xEF\xBB\xBFname,v\n\xEF\xBB\xBFx,1\n");
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[0][0] == "name");
    CHECK(p.rows[1][0] == "\xEF\xBB\xBFx");
}

TEST_CASE("blank lines are not records but count in line numbers") {
    const auto p = parse("a\n\n\r\nb\n\n");
    CHECK(p.rows == records{{"a"}, {"b"}});
    CHECK(p.lines == std::vector<long>{1, 4});
}

TEST_CASE("an empty input has no records; a trailing separator makes an empty last field") {
    CHECK(parse("").rows.empty());
    CHECK(parse("a,\n").rows == records{{"a", ""}});
    CHECK(parse("a,").rows == records{{"a", ""}});
    CHECK(parse(",").rows == records{{"", ""}});
}

TEST_CASE("records longer than the read buffer are read whole") {
    std::string big(200000, 'x');
    const auto p = parse("a,\"" + big + "\"," + big + "\nnext\n");
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[0][1] == big);
    CHECK(p.rows[0][2] == big);
    CHECK(p.lines == std::vector<long>{1, 2});
}

TEST_CASE("valid UTF-8 passes; other bytes are rejected with their place") {
    CHECK(parse("Comit\xC3\xA9,\xC2\x8E\n").rows == records{{"Comit\xC3\xA9", "\xC2\x8E"}});
    CHECK(error_of("a,b\nok,caf\xE9\n") ==
          "[alliance.csv.encoding] test.csv:2: field 'column 2': the text is not valid UTF-8 (byte 0xE9 at character 4 "
          "of the field); convert the file to UTF-8");
    CHECK(error_of("\xC0\xAF\n").find("not valid UTF-8 (byte 0xC0") != std::string::npos);      // overlong
    CHECK(error_of("\xED\xA0\x80\n").find("not valid UTF-8 (byte 0xED") != std::string::npos);  // surrogate
}

TEST_CASE("malformed CSV: each error names file, line and field") {
    CHECK(error_of("a,b\nx,\"open\n") ==
          "[alliance.csv.truncated] test.csv:2: field 'column 2': the file ends inside a quoted field opened on line 2 "
          "(a missing closing quote, or a truncated file)");
    CHECK(error_of("a,b\nx,ab\"c\n") ==
          "[alliance.csv.quote] test.csv:2: field 'column 2': a quote inside an unquoted field (quote the whole field "
          "and double the quote: \"a \"\"b\"\"\")");
    CHECK(error_of("a\n\"x\"y\n") ==
          "[alliance.csv.quote] test.csv:2: field 'column 1': unexpected character 'y' after a closing quote (a quote "
          "inside a quoted field is written \"\")");
    CHECK(error_of("a\rb\n") == "[alliance.csv.line_end] test.csv:1: a carriage return not followed by a line feed");
    CHECK(error_of(std::string("a,b\nx,\0\n", 8)) == "[alliance.csv.nul] test.csv:2: field 'column 2': a NUL byte in the text");
}

TEST_CASE("limits bound what one record may allocate") {
    alliance::io::csv_limits small;
    small.max_field_bytes = 8;
    small.max_record_bytes = 20;
    small.max_fields = 4;
    CHECK(parse("12345678,1\n", small).rows.size() == 1);
    CHECK(error_of("123456789\n", small) ==
          "[alliance.csv.limit] test.csv:1: field 'column 1': a field longer than 8 bytes");
    CHECK(error_of("\"123456789\"\n", small) ==
          "[alliance.csv.limit] test.csv:1: field 'column 1': a field longer than 8 bytes");
    CHECK(error_of("1234567,1234567,1234567\n", small) ==
          "[alliance.csv.limit] test.csv:1: a record longer than 20 bytes");
    CHECK(error_of("1,2,3,4,5\n", small) == "[alliance.csv.limit] test.csv:1: more than 4 fields in one record");
    // An endless line without separators stops at the field limit, not at the end of memory.
    CHECK(error_of(std::string(5000000, 'x')).find("a field longer than 1048576 bytes") != std::string::npos);
}

TEST_CASE("an input longer than the limit stops the read, counted over the whole input") {
    alliance::io::csv_limits small;
    small.max_input_bytes = 100;
    std::string rows;
    for (int i = 0; i < 25; ++i) rows += "a,b\n";  // 100 bytes
    CHECK(parse(rows, small).rows.size() == 25);
    CHECK(error_of(rows + "c,d\n", small) == "[alliance.csv.limit] test.csv:1: an input longer than 100 bytes");
    // Over several buffers (64 KiB each), the count goes on.
    small.max_input_bytes = 200000;
    std::string big;
    while (big.size() <= 200000) big += "0123456789,0123456789\n";
    CHECK(error_of(big, small).find("an input longer than 200000 bytes") != std::string::npos);
    CHECK(alliance::io::csv_limits{}.max_input_bytes == std::uint64_t{1} << 32);
}

TEST_CASE("the header names fields in errors and finds columns") {
    std::istringstream in("id,name\n1,a,extra\n");
    alliance::io::csv_reader csv(in, "h.csv");
    REQUIRE(csv.read_header());
    CHECK(csv.column("name") == 1);
    CHECK(csv.column("missing") == alliance::io::csv_reader::npos);
    REQUIRE(csv.next());
    CHECK(csv.where(std::size_t{1}).field == "name");
    CHECK(csv.field_name(2) == "column 3");
    try {
        csv.expect_fields(2);
        FAIL("a wrong field count must throw");
    } catch (const alliance::error& e) {
        CHECK(std::string(e.what()) == "[alliance.csv.field_count] h.csv:2: expected 2 fields, found 3");
    }
}

TEST_CASE("writing quotes exactly what needs quoting, and reads back to the same fields") {
    std::ostringstream out;
    const std::vector<std::string_view> fields{"plain", "a,b", "say \"x\"", "two\nlines", "cr\r", "", " padded "};
    alliance::io::write_csv_record(out, fields);
    CHECK(out.str() == "plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\"cr\r\",, padded \n");
    const auto back = parse(out.str());
    REQUIRE(back.rows.size() == 1);
    CHECK(back.rows[0] == std::vector<std::string>(fields.begin(), fields.end()));
}
