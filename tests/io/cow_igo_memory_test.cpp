// Memory of the COW IGO-year reader: proportional to the cells a file has,
// not to the 217 states the COW list knows.
//
// This program replaces the global operator new and delete to count the
// bytes in use and their peak, so the bound below is exact and the same
// under AddressSanitizer (which would inflate a measure of the process's
// resident memory). It is a program of its own so that no other test runs
// with the replaced allocator.
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <sstream>
#include <string>

namespace {

std::size_t in_use = 0;
std::size_t peak = 0;

// Each block carries its size in front, so that delete knows what it frees.
constexpr std::size_t header_bytes = alignof(std::max_align_t) > sizeof(std::size_t) ? alignof(std::max_align_t)
                                                                                      : sizeof(std::size_t);

void* counted_new(std::size_t n) {
    void* block = std::malloc(n + header_bytes);
    if (block == nullptr) throw std::bad_alloc();
    *static_cast<std::size_t*>(block) = n;
    in_use += n;
    if (in_use > peak) peak = in_use;
    return static_cast<char*>(block) + header_bytes;
}

void counted_delete(void* p) noexcept {
    if (p == nullptr) return;
    void* block = static_cast<char*>(p) - header_bytes;
    in_use -= *static_cast<std::size_t*>(block);
    std::free(block);
}

}  // namespace

void* operator new(std::size_t n) { return counted_new(n); }
void* operator new[](std::size_t n) { return counted_new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return counted_new(n);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return counted_new(n);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void* p) noexcept { counted_delete(p); }
void operator delete[](void* p) noexcept { counted_delete(p); }
void operator delete(void* p, std::size_t) noexcept { counted_delete(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_delete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { counted_delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { counted_delete(p); }

TEST_CASE("IGO-year: a 3 MB file of one-state IGOs is read in memory proportional to its cells") {
    // 200,000 IGOs with one row and one state column each: about 3 MB.
    constexpr std::size_t igos = 200'000;
    std::string text = "ioname,orgname,year,usa\n";
    for (std::size_t i = 0; i < igos; ++i) text += "I" + std::to_string(i) + ",O" + std::to_string(i) + ",2000,1\n";
    CHECK(text.size() > 3'000'000);
    std::istringstream in(text);

    const std::size_t before = in_use;
    peak = in_use;
    alliance::io::read_report report;
    const auto r = alliance::io::read_stream(in, "one_state.csv", "cow-igo-igo-year", &report);
    const std::size_t kept = in_use - before;  // what the registry holds
    const std::size_t used = peak - before;    // the most the read had at once
    MESSAGE("the registry keeps " << kept / igos << " bytes per IGO; the read used at most " << used / igos
                                  << " per IGO (" << used << " bytes in all)");
    CHECK(r.organisation_count() == igos);
    CHECK(report.cells == igos);
    CHECK(report.periods == igos);
    CHECK(alliance::status_of(r, "I7", "USA", date::sys_days{date::year{2000} / 12 / 31}) ==
          alliance::status_reading{alliance::status::member});
    // What the read needs beyond what the registry keeps: the reader's runs
    // (one 16-byte run per IGO and state column), the registry's vectors
    // while they grow, the CSV record. A run per COW state and IGO would be
    // 217 x 16 = 3,472 bytes per IGO; the bound leaves room for the rest and
    // rules that out, whatever the registry itself keeps per organisation.
    CHECK(used - kept < igos * 1'500);
    // And in all: the registry's own share (about 1 KB per organisation) with
    // room to spare, far from the 7 KB per IGO that 217 runs each took.
    CHECK(used < igos * 4'000);
}
