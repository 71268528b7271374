// alliance/detail/panel_counts.hpp — dyad-year counts over every organisation (see alliance/panel.hpp).
//
// Per year and party, two bit sets over the organisations (certainly a
// member on the reference day, possibly one); a pair's counts are the
// popcounts of their AND, whatever the organisations' sizes.
#pragma once

#include <alliance/days.hpp>
#include <alliance/detail/panel_years.hpp>
#include <alliance/index.hpp>
#include <alliance/panel.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance {

namespace detail {

// Bits set in a word. Written out because, without a -m flag for the CPU,
// __builtin_popcountll becomes a library call; this compiles to a dozen
// instructions and vectorises.
constexpr std::uint32_t bits_set(std::uint64_t v) noexcept {
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return static_cast<std::uint32_t>((v * 0x0101010101010101ull) >> 56);
}
static_assert(bits_set(0) == 0 && bits_set(~std::uint64_t{0}) == 64 && bits_set(0x8000000000000101ull) == 3);

}  // namespace detail

namespace detail {
// Calls out.add(party1, party2, year, certain, possible) per row, party ids
// in key order, after out.reserve(rows) when out.fresh() (its storage holds
// nothing yet). The data comes from for_each_span(mark), which calls
// mark(bits, first, end, party, organisation, on) to set (on) or clear the
// bit of (party, organisation) on the reference days in [first, end), in
// the `certain` or the `possible` bit sets (bits: pick::certain or pick::possible).
enum class pick { certain, possible };

template <class ForEachSpan, class Out>
void dyad_year_scan(std::size_t organisation_count, const std::vector<party_id>& by_key, int lo, int hi,
                    const panel_options& options, const ForEachSpan& for_each_span, Out& out) {
    if (lo > hi) return;

    // Parties ranked in key order, so that pairs come out sorted by key
    // (by_key holds every party id once).
    std::vector<std::uint32_t> rank(by_key.size());
    for (std::uint32_t k = 0; k < by_key.size(); ++k) rank[by_key[k].value] = k;
    const std::size_t party_total = by_key.size();
    const std::size_t words = (organisation_count + 63) / 64;

    // Per year and party, two bit sets over organisations: certainly a member
    // on the reference day, and possibly one. A pair's counts are then the
    // popcounts of ANDed bit sets, independent of how many members an
    // organisation has. Years are processed in blocks to bound the memory.
    const std::size_t per_year = party_total * words;
    const std::size_t budget_words = std::size_t{1} << 22;  // 2 sets x 32 MiB at most
    const int block = static_cast<int>(std::max<std::size_t>(1, budget_words / std::max<std::size_t>(per_year, 1)));
    std::vector<std::uint64_t> certain, possible;
    std::vector<std::uint32_t> active;
    std::vector<char> decided;  // per active party: no organisation where it is only possibly a member

    // The reference day of each year as a day count, so that a segment's
    // years are found by two binary searches instead of date arithmetic.
    std::vector<day_count> refs;
    for (int y = lo; y <= hi; ++y) refs.push_back(to_day_count(checked_reference_day(y, options.reference_day)));

    for (int block_lo = lo; block_lo <= hi; block_lo += block) {
        const int block_hi = std::min(hi, block_lo + block - 1);
        const auto block_years = static_cast<std::size_t>(block_hi - block_lo + 1);
        certain.assign(block_years * per_year, 0);
        possible.assign(block_years * per_year, 0);
        const auto block_first = static_cast<std::size_t>(block_lo - lo);
        // Sets (or clears) the bit of (party, org) in every year of the block whose reference day is in [first, end).
        const auto mark = [&](pick which, day_count first, day_count end, party_id p, organisation_id o, bool on) {
            std::vector<std::uint64_t>& bits = which == pick::certain ? certain : possible;
            const auto from = static_cast<std::size_t>(std::lower_bound(refs.begin(), refs.end(), first) - refs.begin());
            const auto to = static_cast<std::size_t>(std::lower_bound(refs.begin(), refs.end(), end) - refs.begin());
            const std::size_t party = rank[p.value];
            const std::uint64_t one = std::uint64_t{1} << (o.value % 64);
            for (std::size_t k = std::max(from, block_first); k < std::min(to, block_first + block_years); ++k) {
                std::uint64_t& word = bits[(k - block_first) * per_year + party * words + o.value / 64];
                word = on ? word | one : word & ~one;
            }
        };
        for_each_span(mark);
        // Into fresh storage, when the years fit one block, a first pass counts
        // the rows so that the table is allocated once: a table of millions of
        // rows grown by doubling is copied and its pages touched twice over.
        // Storage kept from an earlier table is filled straight away.
        const bool count_first = block_lo == lo && block_hi == hi && out.fresh();
        for (const bool counting : {true, false}) {
            if (counting && !count_first) continue;
            std::size_t counted = 0;
            for (std::size_t k = 0; k < block_years; ++k) {
                const std::uint64_t* c = certain.data() + k * per_year;
                const std::uint64_t* p = possible.data() + k * per_year;
                active.clear();
                decided.clear();
                for (std::uint32_t a = 0; a < party_total; ++a) {
                    bool any = false, same = true;
                    for (std::size_t w = 0; w < words; ++w) {
                        any = any || p[a * words + w] != 0u;
                        same = same && p[a * words + w] == c[a * words + w];
                    }
                    if (any) {
                        active.push_back(a);
                        decided.push_back(same ? 1 : 0);
                    }
                }
                const int y = block_lo + static_cast<int>(k);
                for (std::size_t i = 0; i < active.size(); ++i) {
                    const std::uint64_t* ci = c + active[i] * words;
                    const std::uint64_t* pi = p + active[i] * words;
                    for (std::size_t j = i + 1; j < active.size(); ++j) {
                        const std::uint64_t* pj = p + active[j] * words;
                        // Most pairs share nothing: an OR tells, cheaper than counting bits.
                        std::uint64_t shared = 0;
                        for (std::size_t w = 0; w < words; ++w) shared |= pi[w] & pj[w];
                        if (shared == 0u) continue;
                        if (counting) {
                            ++counted;
                            continue;
                        }
                        std::uint32_t n_possible = 0;
                        for (std::size_t w = 0; w < words; ++w) n_possible += bits_set(pi[w] & pj[w]);
                        // Where neither party has an undecided organisation, certain = possible.
                        std::uint32_t n_certain = n_possible;
                        if (!(decided[i] && decided[j])) {
                            const std::uint64_t* cj = c + active[j] * words;
                            n_certain = 0;
                            for (std::size_t w = 0; w < words; ++w) n_certain += bits_set(ci[w] & cj[w]);
                        }
                        out.add(by_key[active[i]], by_key[active[j]], y, n_certain, n_possible);
                    }
                }
            }
            if (counting) out.reserve(counted);
        }
    }
}

// Over a registry's timelines. Possibly a member: the standing is `member`,
// or unknown with member among its candidates (as status_on() says).
template <class Out>
void dyad_year_scan(const registry& r, const panel_options& options, Out& out) {
    std::vector<const timeline*> lines;
    lines.reserve(r.timelines().size());
    for (const auto& entry : r.timelines()) lines.push_back(&entry.second);
    const auto [lo, hi] = panel_years(lines, options);
    dyad_year_scan(r.organisation_count(), r.parties(), lo, hi, options, [&](const auto& mark) {
        std::vector<std::pair<std::int32_t, layered_reading>> spans;
        std::vector<std::int32_t> points;
        for (const auto& [ids, t] : r.timelines()) {
            readings(t, r.coverage(ids.first), std::numeric_limits<std::int32_t>::min(), spans, points);
            for (std::size_t k = 0; k < spans.size(); ++k) {
                const day_count first{spans[k].first};
                const day_count end{k + 1 < spans.size() ? spans[k + 1].first : std::numeric_limits<std::int32_t>::max()};
                const answer member = spans[k].second.standing.is(status::member);
                if (member == answer::yes) mark(pick::certain, first, end, ids.second, ids.first, true);
                if (member != answer::no) mark(pick::possible, first, end, ids.second, ids.first, true);
            }
        }
    }, out);
}

// Over a query index's compiled segments, which read as status_on() does.
template <class Out>
void dyad_year_scan(const query_index& ix, const panel_options& options, Out& out) {
    const auto data_years = ix.stated_years();
    const auto [lo, hi] = panel_years(data_years.first, data_years.second, options);
    dyad_year_scan(ix.organisation_count(), ix.parties(), lo, hi, options, [&](const auto& mark) {
        for (std::uint32_t o = 0; o < ix.organisation_count(); ++o)
            for (std::uint32_t p = 0; p < ix.party_count(); ++p)
                ix.for_each_segment(organisation_id{o}, party_id{p}, [&](day_count first, day_count end, status_reading reading) {
                    const answer member = reading.is(status::member);
                    if (member == answer::yes) mark(pick::certain, first, end, party_id{p}, organisation_id{o}, true);
                    if (member != answer::no) mark(pick::possible, first, end, party_id{p}, organisation_id{o}, true);
                });
    }, out);
}

// The rows' sinks: with keys, or with ids into a table that is reused.
struct key_row_sink {
    std::vector<dyad_year_count_row> rows;
    std::vector<std::string_view> keys;  // by party id
    [[nodiscard]] bool fresh() const noexcept { return rows.capacity() == 0; }
    template <class = void>
    void reserve(std::size_t n) { rows.reserve(n); }
    template <class = void>
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        rows.push_back({keys[a.value], keys[b.value], y, certain, possible});
    }
};
struct id_row_sink {
    std::vector<dyad_year_count>& rows;
    [[nodiscard]] bool fresh() const noexcept { return rows.capacity() == 0; }
    template <class = void>
    void reserve(std::size_t n) { rows.reserve(n); }
    template <class = void>
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        rows.push_back({a, b, y, certain, possible});
    }
};

template <class Visit>
struct visiting_sink {
    std::vector<std::string_view> keys;  // by party id
    Visit& visit;
    [[nodiscard]] static bool fresh() noexcept { return false; }
    static void reserve(std::size_t) noexcept {}
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        visit(static_cast<const dyad_year_count_row&>(dyad_year_count_row{keys[a.value], keys[b.value], y, certain, possible}));
    }
};

template <class Source>
std::vector<dyad_year_count_row> dyad_year_counts(const Source& source, const panel_options& options) {
    key_row_sink out;
    for (std::uint32_t p = 0; p < source.party_count(); ++p) out.keys.push_back(source.key(party_id{p}));
    dyad_year_scan(source, options, out);
    return std::move(out.rows);
}

template <class Source>
void dyad_year_counts_by_id(const Source& source, const panel_options& options, std::vector<dyad_year_count>& out) {
    id_row_sink into{out};
    out.clear();
    dyad_year_scan(source, options, into);
}

}  // namespace detail

template <class>
std::vector<dyad_year_count_row> dyad_year_counts(const registry& r, const panel_options& options) {
    return detail::dyad_year_counts(r, options);
}

template <class Visit>
void for_each_dyad_year_count(const registry& r, const panel_options& options, Visit&& visit) {
    detail::visiting_sink<Visit> out{{}, visit};
    for (std::uint32_t p = 0; p < r.party_count(); ++p) out.keys.push_back(r.key(party_id{p}));
    detail::dyad_year_scan(r, options, out);
}

template <class>
void dyad_year_counts_by_id(const registry& r, const panel_options& options, std::vector<dyad_year_count>& out) {
    detail::dyad_year_counts_by_id(r, options, out);
}

template <class>
std::vector<dyad_year_count_row> dyad_year_counts(const query_index& ix, const panel_options& options) {
    return detail::dyad_year_counts(ix, options);
}

template <class>
void dyad_year_counts_by_id(const query_index& ix, const panel_options& options, std::vector<dyad_year_count>& out) {
    detail::dyad_year_counts_by_id(ix, options, out);
}

template <class>
std::vector<dyad_year_count> dyad_year_counts_by_id(const query_index& ix, const panel_options& options) {
    std::vector<dyad_year_count> out;
    dyad_year_counts_by_id(ix, options, out);
    return out;
}

template <class>
std::vector<dyad_year_count> dyad_year_counts_by_id(const registry& r, const panel_options& options) {
    std::vector<dyad_year_count> out;
    dyad_year_counts_by_id(r, options, out);
    return out;
}

}  // namespace alliance
