// A program as a user of the library writes it: one include, one target.
#include <alliance/alliance.hpp>

#include <iostream>

int main() {
    using namespace alliance::literals;
    alliance::registry r;
    r.add_organisation("CSTO", "Collective Security Treaty Organization");
    r.add_party("ARM", "Armenia");
    r.add({"CSTO", "ARM", alliance::status::member, "1992-05-15"_pd, "2024-02"_pd});
    const date::sys_days day = date::sys_days{date::year{2024} / date::February / 10};
    std::cout << "ARM member of CSTO on " << alliance::to_string(day) << ": "
              << alliance::to_string(alliance::is_member(r, "CSTO", "ARM", day)) << " (C++" << __cplusplus / 100 % 100
              << ")\n";
    return alliance::is_member(r, "CSTO", "ARM", day) == alliance::answer::unknown ? 0 : 1;
}
