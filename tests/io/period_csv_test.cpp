// The library's own period CSV: export -> read -> export is byte-identical, and bad rows say where they are.
#include <alliance/data/csto.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {

using namespace alliance::literals;

std::string exported(const alliance::registry& r) {
    std::ostringstream out;
    alliance::io::write_period_csv(out, r);
    return out.str();
}

alliance::registry read_text(const std::string& text, alliance::io::read_report* report = nullptr,
                             alliance::io::read_options options = {}) {
    std::istringstream in(text);
    return alliance::io::read_stream(in, "periods.csv", "auto", report, options);
}

std::string error_of(const std::string& text) {
    try {
        (void)read_text(text);
    } catch (const alliance::error& e) {
        return e.what();
    }
    return "(no error)";
}

// A registry that uses everything a period CSV must carry.
alliance::registry everything() {
    alliance::registry r;
    const auto o = r.add_organisation("CSTO", "Collective Security Treaty Organization");
    r.add_organisation("GUAM", "GUAM, \"Organization for Democracy\"");
    r.set_attribute(o, "defense", "1");
    r.set_attribute(o, "charter", "signed in Chisinau,\n7 October 2002");
    const auto arm = r.add_party("ARM", "Armenia");
    r.add_alias(arm, "Republic of Armenia");
    r.add_alias(arm, "Hayastan");
    r.add_party("PA", "Parliamentary Assembly", alliance::party_kind::body);
    r.add_party("UZB", "Uzbekistan");
    r.add_party("LONE", "");  // a party with no name and no period
    alliance::period p{"CSTO", "ARM", alliance::status::member, "2002-10-07"_pd, alliance::boundary::open()};
    p.source = "001;004";
    p.note = "Charter \"entered into force\", 2003";
    r.add(p);
    alliance::period frozen{"CSTO", "UZB", alliance::status::member, "1994-04-20"_pd,
                            alliance::boundary("1999"_pd).narrowed(date::sys_days{date::year{1999} / 4 / 2},
                                                                   date::sys_days{date::year{1999} / 12 / 31})};
    frozen.note = "narrowed:\nafter the protocol";
    r.add(frozen);
    alliance::period later{"CSTO", "UZB", alliance::status::suspended, "2012-06"_pd, "2012-12-19"_pd, alliance::basis::de_facto};
    r.add(later);
    alliance::period alt{"CSTO", "UZB", alliance::status::member, "2006-08-16"_pd, "2012"_pd};
    alt.reading = alliance::reading::alternative;
    alt.conflict = "uzb-return";
    r.add(alt);
    r.add(alliance::period{"GUAM", "ARM", alliance::status::observer, alliance::boundary::open(), "1997"_pd});
    r.add_unknown("GUAM", "UZB", date::sys_days{date::year{2001} / 1 / 1}, date::sys_days{date::year{2002} / 12 / 31});
    r.add_unknown("GUAM", "ARM", date::sys_days{date::year{1999} / 1 / 1}, date::sys_days{date::year{1999} / 12 / 31});
    return r;
}

}  // namespace

TEST_CASE("export, read, export: byte-identical, for a registry that uses every field") {
    const auto r = everything();
    const std::string first = exported(r);
    alliance::io::read_report report;
    const auto back = read_text(first, &report);
    CHECK(exported(back) == first);
    CHECK(report.format == "alliance-csv");
    CHECK(report.periods == r.period_count());
    CHECK(report.parties == 4);
    CHECK(report.organisations == 2);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    // Declarations: 2 organisations, 2 attributes, 4 parties, 2 aliases, 2 unknown spans.
    CHECK(report.rows_without_periods == 12);
    CHECK(report.rows == 12 + r.period_count());
    // What the file carries is what queries see.
    CHECK(back.find_party("Hayastan") == back.find_party("ARM"));
    CHECK(back.attribute(back.organisation("CSTO"), "charter") == "signed in Chisinau,\n7 October 2002");
    CHECK(back.kind(back.party("PA")) == alliance::party_kind::body);
    CHECK(back.alternatives().size() == 1);
    CHECK(back.alternatives()[0].conflict == "uzb-return");
    CHECK(!alliance::status_of(back, "GUAM", "UZB", date::sys_days{date::year{2002} / 12 / 31}).known());
    CHECK(alliance::status_of(back, "GUAM", "UZB", date::sys_days{date::year{2003} / 1 / 1}) ==
          alliance::status_reading{alliance::status::none});
    const auto day = date::sys_days{date::year{2012} / 9 / 1};
    CHECK(alliance::status_of(back, "CSTO", "UZB", day) == alliance::status_of(r, "CSTO", "UZB", day));
}

TEST_CASE("export, read, export: byte-identical for the CSTO dataset") {
    const auto r = alliance::data::csto_registry();
    const std::string first = exported(r);
    alliance::io::read_report report;
    const auto back = read_text(first, &report);
    CHECK(exported(back) == first);
    CHECK(report.periods == r.period_count());
    CHECK(back.alternatives().size() == r.alternatives().size());
    CHECK(report.balanced());
}

TEST_CASE("the written file starts with the documented header and declarations") {
    const std::string text = exported(everything());
    CHECK(text.rfind("organisation,party,status,from,to,basis,source,note,reading,conflict,record,name,kind,value\n"
                     "CSTO,,,,,,,,,,organisation,Collective Security Treaty Organization,,\n"
                     "CSTO,,,,,,,,,,attribute,charter,,\"signed in Chisinau,\n7 October 2002\"\n",
                     0) == 0);
    CHECK(text.find("CSTO,UZB,member,1994-04-20,1999[1999-04-02..],de_jure,,\"narrowed:\nafter the protocol\",primary,,period,,,\n") !=
          std::string::npos);
    CHECK(text.find("CSTO,UZB,member,2006-08-16,2012,de_jure,,,alternative,uzb-return,period,,,\n") != std::string::npos);
    // Unknown spans come last, by organisation and party key, to-day excluded.
    const auto arm = text.find("GUAM,ARM,,1999-01-01,2000-01-01,,,,,,unknown,,,\n");
    const auto uzb = text.find("GUAM,UZB,,2001-01-01,2003-01-01,,,,,,unknown,,,\n");
    CHECK(arm != std::string::npos);
    CHECK(uzb == text.size() - std::string("GUAM,UZB,,2001-01-01,2003-01-01,,,,,,unknown,,,\n").size());
    CHECK(arm < uzb);
}

TEST_CASE("a hand-written five-column file is valid; undeclared keys are registered with empty names") {
    alliance::io::read_report report;
    const auto r = read_text("organisation,party,status,from,to\r\nNATO,FRA,member,1949-08-24,1966-07-01\r\n"
                             "NATO,FRA,withdrawn,1966-07-01,2009-04\r\nNATO,FRA,member,2009-04,..\r\n",
                             &report);
    CHECK(report.rows == 3);
    CHECK(report.periods == 3);
    CHECK(r.name(r.party("FRA")).empty());
    CHECK(alliance::status_of(r, "nato", "fra", date::sys_days{date::year{1980} / 1 / 1}) ==
          alliance::status_reading{alliance::status::withdrawn});
    CHECK(!alliance::status_of(r, "NATO", "FRA", date::sys_days{date::year{2009} / 4 / 2}).known());
}

TEST_CASE("coverage rows: written after the organisation's declarations, read back, one per organisation") {
    auto r = everything();
    r.set_coverage(r.organisation("GUAM"), date::sys_days{date::year{1997} / 10 / 10},
                   date::sys_days{date::year{2014} / 12 / 31});
    const std::string first = exported(r);
    // Half-open like every span in the file: the `to` day is the first day not observed.
    CHECK(first.find("GUAM,,,1997-10-10,2015-01-01,,,,,,coverage,,,\n") != std::string::npos);
    const auto back = read_text(first);
    CHECK(exported(back) == first);
    REQUIRE(back.coverage(back.organisation("GUAM")).has_value());
    CHECK(back.coverage(back.organisation("GUAM"))->last == date::sys_days{date::year{2014} / 12 / 31});
    CHECK_FALSE(back.coverage(back.organisation("CSTO")).has_value());
    // Past the coverage the answer read back is unknown, as in the registry written.
    const auto after = date::sys_days{date::year{2015} / 1 / 1};
    CHECK_FALSE(alliance::status_of(back, "GUAM", "ARM", after).known());

    // Observed to the last day of the axis, 9999-12-31: no day follows it, so `to` is "..".
    r.set_coverage(r.organisation("CSTO"), date::sys_days{date::year{1992} / 5 / 15}, date::sys_days{date::year{9999} / 12 / 31});
    const std::string to_the_end = exported(r);
    CHECK(to_the_end.find("CSTO,,,1992-05-15,..,,,,,,coverage,,,\n") != std::string::npos);
    const auto back_to_the_end = read_text(to_the_end);
    CHECK(exported(back_to_the_end) == to_the_end);
    CHECK(back_to_the_end.coverage(back_to_the_end.organisation("CSTO"))->last == date::sys_days{date::year{9999} / 12 / 31});

    const std::string head = "organisation,party,status,from,to,record,name\nNATO,,,,,organisation,North\n";
    CHECK(error_of(head + "NATO,,,1949-08-24,2015-01-01,coverage,\nNATO,,,1949-08-24,2016-01-01,coverage,\n") ==
          "[alliance.csv.field] periods.csv:4: field 'record': a second coverage row for organisation 'NATO'");
    CHECK(error_of(head + "NATO,,,1949,2015-01-01,coverage,\n") ==
          "[alliance.csv.field] periods.csv:3: field 'from': a coverage window's limits are days (YYYY-MM-DD), not '1949'");
    CHECK(error_of(head + "NATO,,,2015-01-01,2015-01-01,coverage,\n") ==
          "[alliance.csv.field] periods.csv:3: field 'to': the coverage ends before it starts");
    CHECK(error_of(head + "SEATO,,,1954-09-08,1977-07-01,coverage,\n") ==
          "[alliance.csv.field] periods.csv:3: field 'organisation': unknown organisation 'SEATO' (declare it in an "
          "'organisation' row before its coverage)");
    CHECK(error_of(head + "NATO,FRA,,1949-08-24,2015-01-01,coverage,\n") ==
          "[alliance.csv.field] periods.csv:3: field 'party': must be empty in a 'coverage' row (found 'FRA')");
}

TEST_CASE("malformed rows: the error names file, line and field") {
    const std::string head = "organisation,party,status,from,to,basis,note\n";
    CHECK(error_of(head + "NATO,FRA,member,1949,..,de_jure\n") ==
          "[alliance.csv.field_count] periods.csv:2: expected 7 fields, found 6");
    CHECK(error_of(head + "NATO,FRA,membre,1949,..,de_jure,\n") ==
          "[alliance.csv.field] periods.csv:2: field 'status': unknown status 'membre' (expected member, associate, "
          "observer, signatory, suspended, frozen or withdrawn)");
    CHECK(error_of(head + "NATO,FRA,none,1949,..,de_jure,\n").find("field 'status': unknown status 'none'") != std::string::npos);
    CHECK(error_of(head + "NATO,FRA,member,2023-02-30,..,de_jure,\n") ==
          "[alliance.date.invalid] periods.csv:2: field 'from': invalid date '2023-02-30': no such day in that month");
    CHECK(error_of(head + "NATO,FRA,member,1949,1949-13,de_jure,\n") ==
          "[alliance.date.invalid] periods.csv:2: field 'to': invalid date '1949-13': the month is not 01-12");
    CHECK(error_of(head + "NATO,FRA,member,1966,1949,de_jure,\n") ==
          "[alliance.period.invalid] periods.csv:2: the period ends before it starts (NATO FRA member 1966/1949)");
    CHECK(error_of(head + "NATO,FRA,member,1949,..,legal,\n") ==
          "[alliance.csv.field] periods.csv:2: field 'basis': unknown basis 'legal' (expected de_jure or de_facto)");
    CHECK(error_of(head + ",FRA,member,1949,..,de_jure,\n") ==
          "[alliance.csv.field] periods.csv:2: field 'organisation': the organisation must not be empty");
    CHECK(error_of(head + "NATO,FRA,member,1949,..,,\nNATO,FRA,observer,1960,1970,,\n")
              .rfind("[alliance.period.contradiction] periods.csv:3: NATO FRA observer 1960/1970 contradicts", 0) == 0);
    CHECK(error_of("organisation,party,status,from\n") ==
          "[alliance.csv.header] periods.csv:1: missing column 'to' (required: organisation, party, status, from, to)");
    CHECK(error_of("organisation,party,status,from,to,colour\n") ==
          "[alliance.csv.header] periods.csv:1: field 'colour': unknown column 'colour' (known: organisation, party, "
          "status, from, to, basis, source, note, reading, conflict, record, name, kind, value)");
    CHECK(error_of("organisation,party,status,from,to,record,name\nNATO,,,,,organisation,North\nNATO,,,,,organisation,South\n") ==
          "[alliance.key.duplicate] periods.csv:3: organisation 'NATO' is already named 'North', not 'South' (a "
          "declaration must come before any period that uses its key, and agree with earlier ones)");
    CHECK(error_of("organisation,party,status,from,to,record,name\nNATO,FRA,member,1949,..,,\n,FRA,,,,party,France\n")
              .rfind("[alliance.key.duplicate] periods.csv:3: party 'FRA' is already", 0) == 0);
    CHECK(error_of("organisation,party,status,from,to,record,name\nNATO,,member,,,organisation,North\n") ==
          "[alliance.csv.field] periods.csv:2: field 'status': must be empty in a 'organisation' row (found 'member')");
    CHECK(error_of("organisation,party,status,from,to,record,name\nNATO,FRA,member,1949,..,,France\n") ==
          "[alliance.csv.field] periods.csv:2: field 'name': must be empty in a 'period' row (found 'France')");
    CHECK(error_of("organisation,party,status,from,to,record\nNATO,,,,,treaty\n") ==
          "[alliance.csv.field] periods.csv:2: field 'record': unknown record 'treaty' (expected period, organisation, "
          "party, alias, attribute, coverage or unknown)");
    CHECK(error_of("organisation,party,status,from,to,record\nNATO,FRA,,1990,1991-01-01,unknown\n") ==
          "[alliance.csv.field] periods.csv:2: field 'from': an unknown span's limits are days (YYYY-MM-DD), not '1990'");
    CHECK(error_of(head + "NATO,FRA,member,1949,..,,\nNATO,ITA,member,1949,..,,\nNATO,FRA,member,1949,..,,\n") ==
          "[alliance.row.duplicate] periods.csv:4: the same period as on line 2");
    // The same period, written differently: a party by its name, a key in another case, the default basis.
    CHECK(error_of("organisation,party,status,from,to,basis,record,name\n,FRA,,,,,party,France\n"
                   "NATO,FRA,member,1949,..,,,\nnato,france,member,1949,..,de_jure,,\n") ==
          "[alliance.row.duplicate] periods.csv:4: the same period as on line 3");
    CHECK(error_of(head + "NATO,FRA,member,10000,..,,\n") ==
          "[alliance.date.invalid] periods.csv:2: field 'from': invalid date '10000': expected YYYY, YYYY-MM or YYYY-MM-DD");
    CHECK(error_of(head + "NATO,FRA,member,1949-02-00,..,,\n") ==
          "[alliance.date.invalid] periods.csv:2: field 'from': invalid date '1949-02-00': no such day in that month");
    CHECK(error_of("") == "[alliance.csv.empty] periods.csv:1: the file is empty: expected a header row");
}

TEST_CASE("a second attribute row or unknown row for the same thing is an error, not a silent replacement") {
    const std::string head = "organisation,party,status,from,to,record,name,value\n";
    const std::string nato = ",,,,,organisation,North Atlantic Treaty Organization,\n";
    // Two values for one attribute: the file contradicts itself; neither may win in silence.
    CHECK(error_of(head + "NATO" + nato + "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,ionum,3701\n") ==
          "[alliance.csv.field] periods.csv:4: field 'value': the attribute 'ionum' of 'NATO' is already '3700' (line 3); "
          "a second row cannot change it to '3701'");
    // The organisation named in another case is the same organisation.
    CHECK(error_of(head + "NATO" + nato + "NATO,,,,,attribute,ionum,3700\nnato,,,,,attribute,ionum,3701\n") ==
          "[alliance.csv.field] periods.csv:4: field 'value': the attribute 'ionum' of 'NATO' is already '3700' (line 3); "
          "a second row cannot change it to '3701'");
    // The same attribute twice, like the same period twice, is a mistake (a file pasted twice).
    CHECK(error_of(head + "NATO" + nato + "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,ionum,3700\n") ==
          "[alliance.row.duplicate] periods.csv:4: the same attribute as on line 3");
    // Other names, or other organisations, are other attributes.
    alliance::io::read_report report;
    const auto r = read_text(head + "NATO" + nato + "WPact,,,,,organisation,Warsaw Treaty Org,\n" +
                                 "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,sdate,1949\nWPact,,,,,attribute,ionum,4460\n",
                             &report);
    CHECK(r.attribute(r.organisation("NATO"), "ionum") == "3700");
    CHECK(r.attribute(r.organisation("NATO"), "sdate") == "1949");
    CHECK(r.attribute(r.organisation("WPact"), "ionum") == "4460");
    CHECK(report.rows == 5);
    CHECK(report.balanced());

    // The same unknown span twice, also when the keys are written another way.
    CHECK(error_of(head + "NATO,FRA,,1950-01-01,1951-01-01,unknown,,\nNATO,FRA,,1950-01-01,1951-01-01,unknown,,\n") ==
          "[alliance.row.duplicate] periods.csv:3: the same unknown span as on line 2");
    CHECK(error_of(head + ",FRA,,,,party,France,\nNATO,FRA,,1950-01-01,1951-01-01,unknown,,\n"
                          "nato,France,,1950-01-01,1951-01-01,unknown,,\n") ==
          "[alliance.row.duplicate] periods.csv:4: the same unknown span as on line 3");
    // Different spans of one pair, and one span of two pairs, are legal.
    const auto spans = read_text(head + "NATO,FRA,,1950-01-01,1951-01-01,unknown,,\nNATO,FRA,,1952-01-01,1953-01-01,unknown,,\n"
                                        "NATO,ITA,,1950-01-01,1951-01-01,unknown,,\n");
    CHECK(spans.find_timeline(spans.organisation("NATO"), spans.party("FRA"))->unknown().iterative_size() == 2);
    CHECK(spans.find_timeline(spans.organisation("NATO"), spans.party("ITA"))->unknown().iterative_size() == 1);
}

TEST_CASE("a lenient read of repeated attribute and unknown rows rejects the repeats and keeps the first") {
    alliance::io::read_report report;
    alliance::io::read_options lenient;
    lenient.lenient = true;
    const auto r = read_text("organisation,party,status,from,to,record,name,value\nNATO,,,,,organisation,N,\n"
                             "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,ionum,3701\n"
                             "NATO,FRA,,1950-01-01,1951-01-01,unknown,,\nNATO,FRA,,1950-01-01,1951-01-01,unknown,,\n",
                             &report, lenient);
    CHECK(report.rows == 5);
    CHECK(report.rejected == 2);
    CHECK(report.balanced());
    CHECK(r.attribute(r.organisation("NATO"), "ionum") == "3700");
}

TEST_CASE("a lenient read rejects and reports bad rows, and every row is accounted for") {
    alliance::io::read_report report;
    alliance::io::read_options lenient;
    lenient.lenient = true;
    const auto r = read_text("organisation,party,status,from,to\nNATO,FRA,member,1949,..\nNATO,GER,membre,1955,..\n"
                             "NATO,ITA,member,1949\nNATO,ESP,member,1982-05-30,..\n",
                             &report, lenient);
    CHECK(report.rows == 4);
    CHECK(report.periods == 2);
    CHECK(report.rejected == 2);
    CHECK(report.balanced());
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0] == "[alliance.csv.field] periods.csv:3: field 'status': unknown status 'membre' (expected "
                                "member, associate, observer, signatory, suspended, frozen or withdrawn)");
    CHECK(report.problems[1] == "[alliance.csv.field_count] periods.csv:4: expected 5 fields, found 4");
    CHECK(alliance::members_on(r, "NATO", date::sys_days{date::year{1990} / 1 / 1}) ==
          std::vector<std::string_view>{"ESP", "FRA"});
}

TEST_CASE("more periods of one party in one organisation than the limit: refused with the row, or rejected alone") {
    alliance::io::read_options three;
    three.max_periods_per_party = 3;
    const std::string text = "organisation,party,status,from,to\nORG,AAA,member,1990,1991\nORG,AAA,observer,1991,1992\n"
                             "ORG,BBB,member,1990,..\nORG,AAA,member,1992,1993\nORG,AAA,observer,1993,1994\n"
                             "ORG,AAA,member,1994,1995\n";
    try {
        (void)read_text(text, nullptr, three);
        FAIL("a fourth period of AAA was accepted");
    } catch (const alliance::error& e) {
        CHECK(std::string(e.what()) == "[alliance.limit.periods] periods.csv:6: more than 3 periods of 'AAA' in 'ORG' "
                                       "(read_options::max_periods_per_party)");
    }
    // Lenient: the rows over the limit are rejected and not kept; every row is accounted for.
    three.lenient = true;
    alliance::io::read_report report;
    const auto r = read_text(text, &report, three);
    CHECK(report.periods == 4);
    CHECK(report.rejected == 2);
    CHECK(report.balanced());
    CHECK(r.find_timeline(r.organisation("ORG"), r.party("AAA"))->period_count() == 3);
    CHECK(alliance::io::read_options{}.max_periods_per_party == 1'000'000);
}

TEST_CASE("a header-only file is an empty registry") {
    alliance::io::read_report report;
    const auto r = read_text("organisation,party,status,from,to\n", &report);
    CHECK(r.organisation_count() == 0);
    CHECK(report.rows == 0);
    CHECK(report.balanced());
}

TEST_CASE("one organisation exported alone keeps its unknown spans and the parties with only unknown days") {
    alliance::registry r;
    r.add_organisation("ACP", "African, Caribbean and Pacific Group of States");
    r.add_organisation("OTHER", "");
    r.add_party("BEN", "Benin");
    r.add_alias(r.party("BEN"), "Dahomey");
    r.add_party("USA", "United States of America");
    r.add(alliance::period{"ACP", "BEN", alliance::status::member, "1975"_pd, alliance::boundary::open()});
    r.add_unknown("ACP", "BEN", date::sys_days{date::year{1970} / 1 / 1}, date::sys_days{date::year{1970} / 12 / 31});
    // USA: listed, its status never given: unknown days only, no period.
    r.add_unknown("ACP", "USA", date::sys_days{date::year{2005} / 1 / 1}, date::sys_days{date::year{2005} / 12 / 31});
    r.add(alliance::period{"OTHER", "BEN", alliance::status::observer, "1990"_pd, "1995"_pd});

    const auto only = alliance::restricted(r, r.organisation("ACP"));
    const std::string text = exported(only);
    CHECK(text.find("ACP,USA,,2005-01-01,2006-01-01,,,,,,unknown,,,\n") != std::string::npos);
    CHECK(text.find("ACP,BEN,,1970-01-01,1971-01-01,,,,,,unknown,,,\n") != std::string::npos);
    CHECK(text.find(",USA,,,,,,,,,party,United States of America,state,\n") != std::string::npos);
    CHECK(text.find(",BEN,,,,,,,,,alias,Dahomey,,\n") != std::string::npos);
    CHECK(text.find("OTHER") == std::string::npos);

    const auto back = read_text(text);
    const auto on = [](int y) { return date::sys_days{date::year{y} / 7 / 1}; };
    for (const int year : {1969, 1970, 1971, 1980, 2004, 2005, 2006})
        for (const char* party : {"BEN", "USA"}) {
            CAPTURE(year);
            CAPTURE(party);
            CHECK(alliance::status_of(back, "ACP", party, on(year)) == alliance::status_of(r, "ACP", party, on(year)));
        }
    CHECK(alliance::status_of(back, "ACP", "USA", on(2005)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(back, "ACP", "USA", on(2004)) == alliance::status_reading{alliance::status::none});
    CHECK(back.parties_of(back.organisation("ACP")).size() == 2);
    CHECK(exported(alliance::restricted(back, back.organisation("ACP"))) == text);
}

TEST_CASE("a name or alias that another party has is refused in any row order, naming both parties") {
    const std::string head = "organisation,party,status,from,to,record,name\n";
    // An alias equal to a later party's key: once accepted, and exported
    // (parties by key: BBB first) into a file the reader refused.
    CHECK(error_of(head + ",ZZZ,,,,party,Zed\n,ZZZ,,,,alias,BBB\n,BBB,,,,party,Bee\n") ==
          "[alliance.key.duplicate] periods.csv:4: field 'party': the key 'BBB' already names party 'ZZZ' (a declaration "
          "must come before any period that uses its key, and agree with earlier ones)");
    CHECK(error_of(head + ",BBB,,,,party,Bee\n,ZZZ,,,,party,Zed\n,ZZZ,,,,alias,BBB\n") ==
          "[alliance.key.duplicate] periods.csv:4: field 'name': the name 'BBB' is the key of party 'BBB' (a declaration must come "
          "before any period that uses its key, and agree with earlier ones)");
    // An alias equal to a later party's name, and two parties with one name:
    // a lookup by that name would have answered for the first in silence.
    CHECK(error_of(head + ",ZZZ,,,,party,Zed\n,ZZZ,,,,alias,Congo\n,COG,,,,party,Congo\n") ==
          "[alliance.key.duplicate] periods.csv:4: field 'name': the name 'Congo' of party 'COG' already names party "
          "'ZZZ' (a declaration must come before any period that uses its key, and agree with earlier ones)");
    CHECK(error_of(head + ",COG,,,,party,Congo\n,DRC,,,,party,congo\n") ==
          "[alliance.key.duplicate] periods.csv:3: field 'name': the name 'congo' of party 'DRC' already names party "
          "'COG' (a declaration must come before any period that uses its key, and agree with earlier ones)");
    // A name equal to another party's key, in either order.
    CHECK(error_of(head + ",COG,,,,party,Congo\n,DRC,,,,party,cog\n") ==
          "[alliance.key.duplicate] periods.csv:3: field 'name': the name 'cog' of party 'DRC' is the key of party "
          "'COG' (a declaration must come before any period that uses its key, and agree with earlier ones)");
    CHECK(error_of(head + ",DRC,,,,party,COG\n,COG,,,,party,Congo\n") ==
          "[alliance.key.duplicate] periods.csv:3: field 'party': the key 'COG' already names party 'DRC' (a "
          "declaration must come before any period that uses its key, and agree with earlier ones)");
    // A party's own name or key as its alias is harmless, and what is accepted exports to a file read back the same.
    const std::string good = head + ",ZZZ,,,,party,Zed\n,ZZZ,,,,alias,zzz\n,ZZZ,,,,alias,Zeta\n,BBB,,,,party,Bee\n";
    const auto r = read_text(good);
    CHECK(exported(read_text(exported(r))) == exported(r));
}

TEST_CASE("rows whose fields hold U+001F are told apart: the row identity cannot confuse text with a field boundary") {
    const std::string head = "organisation,party,status,from,to,source,note\n";
    // Fields joined with U+001F made these two rows one identity ("a" "\x1F" "b").
    const auto r = read_text(head + "NATO,FRA,member,1949,..,a\x1F,b\nNATO,FRA,member,1949,..,a,\x1F" "b\n");
    CHECK(r.period_count() == 2);
    // A true repeat is still one.
    CHECK(error_of(head + "NATO,FRA,member,1949,..,a\x1F,b\nNATO,FRA,member,1949,..,a\x1F,b\n") ==
          "[alliance.row.duplicate] periods.csv:3: the same period as on line 2");
}

TEST_CASE("a span day that is no date at all gets one explanation, not two contradictory ones") {
    CHECK(error_of("organisation,party,status,from,to,record\nNATO,FRA,,1990-1,1991-01-01,unknown\n") ==
          "[alliance.csv.field] periods.csv:2: field 'from': an unknown span's limits are days (YYYY-MM-DD), not '1990-1'");
    CHECK(error_of("organisation,party,status,from,to,record\nNATO,FRA,,1990-13-01,1991-01-01,unknown\n") ==
          "[alliance.csv.field] periods.csv:2: field 'from': an unknown span's limits are days (YYYY-MM-DD), not "
          "'1990-13-01': the month is not 01-12");
}
