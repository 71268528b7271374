// The Collective Security Treaty (CST), 1992-2002: signature, later
// signatories, entry into force, the 1999 renewal and who did not renew, and
// the succession by the CSTO. Each test quotes the line it checks.
#include "csto_fixture.hpp"

#include <string>

using csto_test::day;
using csto_test::day_before;
using alliance::status;
using alliance::status_reading;

// --- compile time: simple questions are constant expressions ----------------------
static_assert(csto_test::table_status("CST", "UZB", day(1995, 1, 1)) == status::member);
static_assert(csto_test::table_status("CST", "RUS", day(1993, 1, 1)) == status::signatory);
static_assert(csto_test::table_status("cst", "uzb", day(1999, 6, 1)) == status_reading::unknown({status::member, status::withdrawn}));
static_assert(csto_test::table_status("CST", "BLR", day(1992, 6, 1)) == status::none);

TEST_CASE("001: \"The Collective Security Treaty (CST) was signed on May 15, 1992, in Tashkent.\"") {
    // 004: "Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty"
    for (const std::string party : {"ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(1992, 5, 14), status::none);
        CHECK_STATUS("CST", party, day(1992, 5, 15), status::signatory);
    }
    // Belarus was not among them (004 note 2: "Did not sign original treaty.").
    CHECK_STATUS("CST", "BLR", day(1992, 5, 15), status::none);
}

TEST_CASE("004: \"Three other post-Soviet states—Azerbaijan, Belarus, and Georgia—signed in 1993\"") {
    for (const std::string party : {"AZE", "BLR", "GEO"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(1992, 12, 31), status::none);
        // Known to the year only: inside 1993 the day is unknown ...
        CHECK_STATUS("CST", party, day(1993, 1, 1), status_reading::unknown({status::signatory, status::none}));
        CHECK_STATUS("CST", party, day(1993, 7, 1), status_reading::unknown({status::signatory, status::none}));
        CHECK_STATUS("CST", party, day(1993, 12, 30), status_reading::unknown({status::signatory, status::none}));
        // ... and from the last day of 1993 they had certainly signed.
        CHECK_STATUS("CST", party, day(1993, 12, 31), status::signatory);
        CHECK_STATUS("CST", party, day(1994, 1, 1), status::signatory);
    }
}

TEST_CASE("003: \"On April 20, 1994, the Treaty went into force\"") {
    // 004: "the treaty took effect in 1994"; 004 table: "Kyrgyzstan 1994", "Azerbaijan CST 1994 1999".
    for (const std::string party : {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(1994, 4, 19), status::signatory);
        CHECK_STATUS("CST", party, day(1994, 4, 20), status::member);
    }
}

TEST_CASE("004: \"On 2 April 1999, six of the nine—all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew\"") {
    // The six that renewed stay members through 1999 and until the CSTO.
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(1999, 4, 2), status::member);
        CHECK_STATUS("CST", party, day(1999, 12, 31), status::member);
        CHECK_STATUS("CST", party, day(2002, 5, 13), status::member);
    }
}

TEST_CASE("003: \"Azerbaijan, Georgia, and Uzbekistan withdrew from the Treaty.\" (in 1999)") {
    for (const std::string party : {"AZE", "GEO", "UZB"}) {
        CAPTURE(party);
        // Still one of "the nine" on the day of the renewal: a narrowed boundary.
        CHECK_STATUS("CST", party, day(1999, 4, 2), status::member);
        // After that, within 1999, the documents do not say which day: unknown.
        CHECK_STATUS("CST", party, day(1999, 4, 3), status_reading::unknown({status::member, status::withdrawn}));
        CHECK_STATUS("CST", party, day(1999, 12, 30), status_reading::unknown({status::member, status::withdrawn}));
        // By the end of 1999 they had certainly left.
        CHECK_STATUS("CST", party, day(1999, 12, 31), status::withdrawn);
        CHECK_STATUS("CST", party, day(2001, 1, 1), status::withdrawn);
    }
}

TEST_CASE("the narrowed 1999 boundary is recorded as an inference") {
    CHECK(csto_test::csto::cst_lapse_1999.is_narrowed());
    CHECK(csto_test::csto::cst_lapse_1999.stated() == alliance::partial_date{date::year{1999}});
    CHECK(csto_test::csto::cst_lapse_1999.earliest() == day(1999, 4, 3));
    CHECK(csto_test::csto::cst_lapse_1999.latest() == day(1999, 12, 31));
    CHECK(alliance::to_string(csto_test::csto::cst_lapse_1999) == "1999[1999-04-03..]");
}

TEST_CASE("001: \"On May 14, 2002, the Collective Security Council in Moscow decided to reorganize\" — CST ends") {
    // The CST became the CSTO: after the succession, ask CSTO.
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(2002, 5, 13), status::member);
        CHECK_STATUS("CST", party, day(2002, 5, 14), status::none);
        CHECK_STATUS("CSTO", party, day(2002, 5, 13), status::none);
        CHECK_STATUS("CSTO", party, day(2002, 5, 14), status::member);
    }
    // The parties that left in 1999 stay withdrawn: no document ends a withdrawal.
    for (const std::string party : {"AZE", "GEO", "UZB"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(2002, 5, 13), status::withdrawn);
        CHECK_STATUS("CST", party, day(2002, 5, 14), status::withdrawn);
    }
}

TEST_CASE("004: \"between Armenia and former member Azerbaijan on 13 September 2022\" — a withdrawal does not end") {
    for (const std::string party : {"AZE", "GEO"}) {
        CAPTURE(party);
        CHECK_STATUS("CST", party, day(2002, 10, 7), status::withdrawn);
        CHECK_STATUS("CST", party, day(2022, 9, 13), status::withdrawn);
        CHECK_STATUS("CST", party, day(2024, 5, 12), status::withdrawn);
        // Never in the organisation.
        CHECK_STATUS("CSTO", party, day(2022, 9, 13), status::none);
    }
    // Past the documents' last day, nothing is known.
    CHECK_STATUS("CST", "AZE", day(2024, 5, 13), status_reading::unknown());
}

// The succession CST -> CSTO: treaty questions after 2002 are answered across it.
static_assert(csto_test::csto::treaty_status_of("Azerbaijan", day(2010, 1, 1)) == status::withdrawn);
static_assert(csto_test::csto::treaty_status_of("RUS", day(1995, 1, 1)) == status::member);

TEST_CASE("004: \"Since 21 December 2011, the Treaty parties can veto\" — the treaty's parties after the succession") {
    namespace csto = csto_test::csto;
    // Before the succession, the CST answers.
    CHECK(csto::treaty_status_of("AZE", day(1998, 1, 1)) == status::member);
    CHECK(csto::treaty_status_of("RUS", day(2002, 5, 13)) == status::member);
    // After it, a continuing party answers from the CSTO ...
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        CHECK(csto::treaty_status_of(party, day(2002, 5, 14)) == status::member);
        CHECK(csto::treaty_status_of(party, day(2011, 12, 21)) == status::member);
    }
    // ... a former party stays withdrawn (Azerbaijan: "former member" in September 2022) ...
    CHECK(csto::treaty_status_of("AZE", day(2022, 9, 13)) == status::withdrawn);
    CHECK(csto::treaty_status_of("GEO", day(2010, 1, 1)) == status::withdrawn);
    // ... and Uzbekistan follows its second membership: withdrawn (1999), unknown in 2006, member, suspended,
    // withdrawn again after 2012.
    CHECK(csto::treaty_status_of("UZB", day(2003, 1, 1)) == status::withdrawn);
    CHECK(csto::treaty_status_of("UZB", day(2006, 6, 1)) == status_reading::unknown({status::member, status::withdrawn}));
    CHECK(csto::treaty_status_of("UZB", day(2010, 1, 1)) == status::member);
    CHECK(csto::treaty_status_of("UZB", day(2012, 6, 28)) == status::suspended);
    CHECK(csto::treaty_status_of("UZB", day(2013, 6, 1)) == status::withdrawn);
    // Unknown parties and days past the documents stay what they are.
    CHECK(csto::treaty_status_of("XYZ", day(2010, 1, 1)) == status::none);
    CHECK(csto::treaty_status_of("RUS", day(2024, 5, 13)) == status_reading::unknown());
}

TEST_CASE("nine states took part in the CST, and never more than nine at once") {
    const auto& r = csto_test::registry();
    CHECK(alliance::members_on(r, "CST", day(1995, 1, 1)).size() == 9);
    CHECK(alliance::members_on(r, "CST", day(2000, 1, 1)).size() == 6);
    CHECK(alliance::members_on(r, "CST", day(1993, 1, 1)).empty());
}
