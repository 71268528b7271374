// Every record's quote appears verbatim in one of the documents it cites, and
// every source is a document of the seeds folder (ALLIANCE_SHARED_DIR/seeds).
// The tests that compare with the documents fail when a document is absent.
#include "csto_fixture.hpp"
#include "shared_data.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace data = alliance::data;

namespace {
// Runs of white space (the documents' line breaks and tabs) compare as one space.
std::string squeeze(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

const std::filesystem::path seeds = std::filesystem::path(ALLIANCE_SHARED_DIR) / "seeds";

const std::map<std::string, std::string>& documents() {
    static const std::map<std::string, std::string> texts = [] {
        std::map<std::string, std::string> out;
        for (const auto& s : csto_test::csto::sources) {
            std::ifstream in(seeds / std::string(s.file), std::ios::binary);
            if (!in) continue;
            std::ostringstream buffer;
            buffer << in.rdbuf();
            out[std::string(s.key)] = squeeze(buffer.str());
        }
        return out;
    }();
    return texts;
}

// Is one quote in one of the cited documents?
bool in_sources(std::string_view quote_text, std::string_view source_keys) {
    const std::string quote = squeeze(quote_text);
    if (quote.empty()) return false;
    for (const auto& entry : documents())
        if (data::lists(source_keys, entry.first) && entry.second.find(quote) != std::string::npos) return true;
    return false;
}

// Every string between a pair of double quotes in a note, in order.
std::vector<std::string_view> quotes_in(std::string_view note) {
    std::vector<std::string_view> out;
    while (true) {
        const auto open = note.find('"');
        if (open == std::string_view::npos) break;
        const auto close = note.find('"', open + 1);
        if (close == std::string_view::npos) {
            out.emplace_back();  // an unpaired quote mark: reported as an empty quote
            break;
        }
        out.push_back(note.substr(open + 1, close - open - 1));
        note.remove_prefix(close + 1);
    }
    return out;
}

// Does the note start with a quote, and is every quote of it in one of the cited documents?
bool quoted_in_sources(std::string_view note, std::string_view source_keys) {
    if (data::quote_of(note).empty()) return false;
    for (const auto q : quotes_in(note)) {
        if (in_sources(q, source_keys)) continue;
        MESSAGE("not verbatim in " << std::string(source_keys) << ": \"" << std::string(q) << "\"");
        return false;
    }
    return true;
}

// Fails the calling test, naming the first absent document, unless all are present.
bool documents_present() {
    for (const auto& s : csto_test::csto::sources) (void)alliance_test::shared_path("seeds/" + std::string(s.file));
    REQUIRE(documents().size() == csto_test::csto::sources.size());
    return true;
}
}  // namespace

TEST_CASE("the five sources: keys 000-004, a title, a publisher, a date and a file each") {
    REQUIRE(csto_test::csto::sources.size() == 5);
    const char* keys[] = {"000", "001", "002", "003", "004"};
    for (std::size_t i = 0; i < 5; ++i) {
        const auto& s = csto_test::csto::sources[i];
        CAPTURE(std::string(s.key));
        CHECK(s.key == keys[i]);
        CHECK(s.file.substr(0, 4) == std::string(keys[i]) + "_");
        CHECK(!s.title.empty());
        CHECK(!s.publisher.empty());
        CHECK(!s.published.empty());
    }
}

TEST_CASE("each source's title is the document's own title") {
    if (!documents_present()) return;
    for (const auto& s : csto_test::csto::sources) {
        CAPTURE(std::string(s.key));
        std::string title = squeeze(s.title);
        std::string text = documents().at(std::string(s.key));
        for (auto* t : {&title, &text})
            for (char& c : *t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(text.find(title) != std::string::npos);
    }
}

TEST_CASE("every period's quote is verbatim in a document it cites") {
    if (!documents_present()) return;
    for (std::size_t i = 0; i < csto_test::csto::periods.size(); ++i) {
        const auto& p = csto_test::csto::periods[i];
        CAPTURE(i);
        CAPTURE(std::string(p.note));
        CHECK(quoted_in_sources(p.note, p.source));
    }
}

TEST_CASE("every event's, office term's and figure's quote is verbatim in a document it cites") {
    if (!documents_present()) return;
    for (const auto& e : csto_test::csto::events) {
        CAPTURE(std::string(e.note));
        CHECK(quoted_in_sources(e.note, e.source));
    }
    for (const auto& o : csto_test::csto::offices) {
        CAPTURE(std::string(o.note));
        CHECK(quoted_in_sources(o.note, o.source));
    }
    for (const auto& f : csto_test::csto::figures) {
        CAPTURE(std::string(f.note));
        CHECK(quoted_in_sources(f.note, f.source));
    }
}

TEST_CASE("every unknown span's quote is verbatim in a document it cites") {
    if (!documents_present()) return;
    for (const auto& u : csto_test::csto::unknown_spans) {
        CAPTURE(std::string(u.note));
        CHECK(quoted_in_sources(u.note, u.source));
    }
}

TEST_CASE("every party alias is a name the documents use; conventional names are the ones they do not") {
    if (!documents_present()) return;
    const auto names = [](std::string_view list) {
        std::vector<std::string_view> out;
        while (!list.empty()) {
            const auto semi = list.find(';');
            if (semi != 0) out.push_back(list.substr(0, semi));
            if (semi == std::string_view::npos) break;
            list.remove_prefix(semi + 1);
        }
        return out;
    };
    const auto in_any_document = [](std::string_view name) {
        for (const auto& entry : documents())
            if (entry.second.find(squeeze(name)) != std::string::npos) return true;
        return false;
    };
    std::size_t conventional = 0;
    for (const auto& p : csto_test::csto::parties) {
        CAPTURE(std::string(p.key));
        for (const auto alias : names(p.aliases)) {
            CAPTURE(std::string(alias));
            CHECK(in_any_document(alias));
        }
        for (const auto name : names(p.conventional)) {
            CAPTURE(std::string(name));
            CHECK_FALSE(in_any_document(name));
            ++conventional;
            // Still found by it.
            CHECK(csto_test::csto::party_key(name) == p.key);
        }
    }
    CHECK(conventional == 7);
}

TEST_CASE("a quote that is not in the document is caught") {
    if (!documents_present()) return;
    // Every quote of a note is checked, not only the leading one.
    CHECK(quoted_in_sources("\"has convened on December 19 in Moscow\" and \"December 24\"", "000"));
    CHECK_FALSE(quoted_in_sources("\"has convened on December 19 in Moscow\" and \"December 25\"", "000"));
    CHECK_FALSE(quoted_in_sources("\"has convened on December 19 in Moscow\" and \"unpaired", "000"));
    CHECK_FALSE(quoted_in_sources("\"Uzbekistan joined the CSTO in 2009\"", "004"));
    // Verbatim, but in another document than the one cited.
    CHECK_FALSE(quoted_in_sources("\"has convened on December 19 in Moscow\"", "004"));
    CHECK(quoted_in_sources("\"has convened on December 19 in Moscow\"", "000"));
}
