#include <alliance/alliance.hpp>

#include <doctest/doctest.h>

using namespace alliance::literals;

TEST_CASE("a registry answers a status question") {
    alliance::registry r;
    r.add_organisation("CSTO", "Collective Security Treaty Organization");
    r.add_party("ARM", "Armenia");
    r.add({"CSTO", "ARM", alliance::status::member, "2002-10-07"_pd, alliance::boundary::open()});
    CHECK(alliance::status_of(r, "CSTO", "ARM", date::sys_days{date::year{2010} / 1 / 1}) == alliance::status::member);
    CHECK(alliance::status_of(r, "CSTO", "ARM", date::sys_days{date::year{2002} / 10 / 6}) == alliance::status::none);
}
