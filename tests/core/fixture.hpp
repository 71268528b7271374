// A small registry shared by the query and change tests. The dates are chosen
// to exercise each precision, not to document history (the CSTO dataset does that).
#pragma once

#include <alliance/registry.hpp>

#include "support.hpp"

#include <utility>

namespace alliance_test {

inline alliance::registry treaty_registry() {
    using namespace alliance::literals;
    using alliance::boundary;
    using alliance::status;
    alliance::registry r;
    r.add_organisation("CSTO", "Collective Security Treaty Organization");
    r.add_organisation("CIS", "Commonwealth of Independent States");
    for (auto [key, name] : {std::pair{"ARM", "Armenia"}, std::pair{"AZE", "Azerbaijan"}, std::pair{"GEO", "Georgia"},
                             std::pair{"KGZ", "Kyrgyzstan"}, std::pair{"UZB", "Uzbekistan"}})
        r.add_party(key, name);
    r.add_party("BLR", "Belarus");  // a party with no period anywhere

    // ARM: exact start, still a member; froze its participation (de facto,
    // beside its membership) in a month known only to the month.
    r.add({"CSTO", "ARM", status::member, "1992-05-15"_pd, boundary::open()});
    r.add({"CSTO", "ARM", status::frozen, "2024-02"_pd, boundary::open(), alliance::basis::de_facto});
    // AZE: left in a year known only to the year.
    r.add({"CSTO", "AZE", status::member, "1994-04-20"_pd, "1999"_pd});
    // GEO: joined in a year known only to the year, left on a known day.
    r.add({"CSTO", "GEO", status::member, "1994"_pd, "1999-04-02"_pd});
    r.add({"CSTO", "KGZ", status::member, "1992-05-15"_pd, boundary::open()});
    // UZB: member, left, rejoined, suspended, withdrew.
    r.add({"CSTO", "UZB", status::member, "1994-04-20"_pd, "1999-04-02"_pd});
    r.add({"CSTO", "UZB", status::member, "2006-08-16"_pd, "2012-06-28"_pd});
    r.add({"CSTO", "UZB", status::suspended, "2012-06-28"_pd, "2012-12-19"_pd});
    r.add({"CSTO", "UZB", status::withdrawn, "2012-12-19"_pd, boundary::open()});

    r.add({"CIS", "ARM", status::member, "1991-12-21"_pd, boundary::open()});
    r.add({"CIS", "AZE", status::member, "1993-09-24"_pd, boundary::open()});
    r.add({"CIS", "GEO", status::member, "1993-12-03"_pd, "2009-08-18"_pd});
    r.add({"CIS", "UZB", status::member, "1991-12-21"_pd, boundary::open()});
    return r;
}

// One registry for all the test cases of a program: the queries only read it.
inline const alliance::registry& fixture() {
    static const alliance::registry r = treaty_registry();
    return r;
}

}  // namespace alliance_test
