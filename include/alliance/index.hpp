// alliance/index.hpp — a compiled, flat query index: the registry's answers, fast.
//
// The registry (Boost.ICL timelines) is the model: it checks the data, holds
// the facts and does the set algebra. A query_index is compiled from it (or
// straight from a list of periods) to answer the hot questions — status on a
// day, members on a day, overlap of two parties — in loops over millions of
// party-days. It gives exactly the registry's answers, `unknown` included;
// the tests compare the two on random data.
//
// Layout, and why:
//  - Organisations and parties are dense numbers (the registry's ids), looked
//    up from keys once; a query then indexes arrays, it hashes nothing.
//  - Each (organisation, party) cell is a sorted array of the days on which
//    its reading changes, with one code per segment: a small number into a
//    table of the distinct readings (the standing and the participation, an
//    unknown with its candidates), a few per dataset.
//    Reading a day is a branch-free binary search over a few contiguous ints.
//    (A fixed 24-byte record per cell, read with five compares and no loop,
//    was tried and measured: no faster on small data, slower on large, where
//    cells with more than five changes cost one more cache miss.)
//  - Each organisation keeps the days on which its set of certain members
//    changes, the parties that join or leave at each, and every 8th segment a
//    bit set of the members: members_on() starts from the nearest bit set and
//    replays at most 7 changes, then lists the bits in key order. A small
//    directory (a bucket per about four changes) finds the day's place in a
//    few cache lines rather than one per step of a binary search.
//  - overlap() walks the two parties' member segments with two pointers.
//  - Keys live in one block of text, found through an open-addressing table
//    of ids: on small data a hash map's nodes would outweigh the periods.
// A cell costs 4 bytes (an offset) plus 5 bytes per change of reading; an
// organisation about 13 bytes per change of membership.
#pragma once

#include <alliance/allen.hpp>  // day_span
#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>
#include <alliance/timeline.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <tuple>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

class query_index {
public:
    // Compiled from a registry's timelines: ids are the registry's (its ids
    // work here, and the index's in the registry), keys are copied (names and
    // aliases are not kept — ask the registry for a key by name); the index
    // needs nothing of the registry afterwards. Also holds days a dataset
    // marked unknown (registry::add_unknown) and each organisation's coverage
    // window: outside it every cell reads unknown, as the registry's queries do.
    template <class = void>
    [[nodiscard]] static query_index from(const registry& r);
    // Built straight from periods, in any order, with the answers a registry
    // built from the same periods would give — and the same refusals: an
    // ill-formed period throws errc::invalid_period / invalid_date, two
    // contradicting periods errc::contradiction. Alternative readings are
    // skipped, as the registry keeps them out of its timelines. Keys are
    // copied, matched case-insensitively, and numbered in order of first
    // appearance; the index's ids are its own (a registry's id passed to it
    // throws errc::foreign_id). Periods carry no coverage: every day is observed.
    template <class = void>
    [[nodiscard]] static query_index build(const std::vector<period>& periods);

    query_index(query_index&&) = default;
    query_index& operator=(query_index&&) = default;
    query_index(const query_index&) = delete;  // keys are views into storage the index owns
    query_index& operator=(const query_index&) = delete;

    // Keys, case-insensitive. find_* return nullopt; the others throw
    // errc::unknown_organisation / unknown_party.
    template <class = void>
    [[nodiscard]] std::optional<organisation_id> find_organisation(std::string_view key) const;
    template <class = void>
    [[nodiscard]] std::optional<party_id> find_party(std::string_view key) const;
    template <class = void>
    [[nodiscard]] organisation_id organisation(std::string_view key) const;
    template <class = void>
    [[nodiscard]] party_id party(std::string_view key) const;
    // Of an id of this index (else errc::foreign_id, or unknown_organisation /
    // unknown_party for a number it never gave).
    [[nodiscard]] std::string_view key(organisation_id o) const& { return organisation_keys_[checked(o)]; }
    [[nodiscard]] std::string_view key(party_id p) const& { return party_keys_[checked(p)]; }
    std::string_view key(organisation_id o) const&& = delete;  // the text would go with the index
    std::string_view key(party_id p) const&& = delete;
    [[nodiscard]] std::size_t organisation_count() const noexcept { return organisation_keys_.size(); }
    [[nodiscard]] std::size_t party_count() const noexcept { return party_keys_.size(); }
    // Every party, in key order (the order members are listed in).
    [[nodiscard]] const std::vector<party_id>& parties() const noexcept { return by_key_; }

    // The hot path: ids from the lookups above, checked as key() checks them.
    // status_of() is the standing, participation_of() the de facto
    // participation: the names of the registry's questions (queries.hpp).
    template <class = void>
    [[nodiscard]] status_reading status_of(organisation_id o, party_id p, date::sys_days day) const;
    template <class = void>
    [[nodiscard]] status_reading participation_of(organisation_id o, party_id p, date::sys_days day) const;
    [[nodiscard]] answer is_member(organisation_id o, party_id p, date::sys_days day) const {
        return status_of(o, p, day).is(status::member);
    }
    // The certain members, in key order, into `out` (cleared first; reuse it across calls).
    template <class = void>
    void members_on(organisation_id o, date::sys_days day, std::vector<party_id>& out) const;
    // The days both parties were certainly members, as ascending disjoint spans, into `out` (cleared first).
    template <class = void>
    void overlap(organisation_id o, party_id a, party_id b, std::vector<day_span>& out) const;

    // The same questions by key, with the registry's query functions' result types.
    template <class = void>
    [[nodiscard]] status_reading status_of(std::string_view organisation, std::string_view party,
                                           date::sys_days day) const;
    template <class = void>
    [[nodiscard]] std::vector<std::string_view> members_on(std::string_view organisation, date::sys_days day) const&;
    std::vector<std::string_view> members_on(std::string_view organisation, date::sys_days day) const&& = delete;
    template <class = void>
    [[nodiscard]] day_set overlap(std::string_view organisation, std::string_view party_a,
                                  std::string_view party_b) const;

    // A cell's compiled timeline: f(first, end, reading) for each of its
    // segments in order, [first, end) as day counts, `reading` the standing,
    // neighbours differing in it. The segments cover all days: the first starts at
    // day_count::min(), the last ends at day_count::max() (and reads none).
    template <class F>
    void for_each_segment(organisation_id o, party_id p, F&& f) const;

    // The earliest and the latest year a stated (non-open) boundary of the
    // primary periods mentions — the panels' default years. first > second
    // when no boundary is stated.
    [[nodiscard]] std::pair<int, int> stated_years() const noexcept { return stated_years_; }

    // The standing of a cell on a day count, without any id checks: what
    // status_of() does after its two array lookups (for measuring them).
    template <class = void>
    [[nodiscard]] status_reading cell_status(std::size_t cell, std::int32_t day) const noexcept;
    template <class = void>
    [[nodiscard]] detail::layered_reading cell_reading(std::size_t cell, std::int32_t day) const noexcept;
    template <class = void>
    [[nodiscard]] std::uint8_t cell_code(std::size_t cell, std::int32_t day) const noexcept;
    [[nodiscard]] std::size_t cell(organisation_id o, party_id p) const {
        if (!valid(o, p)) refuse(o, p);
        return static_cast<std::size_t>(o.value) * party_keys_.size() + p.value;
    }

    // Bytes held by the index (arrays and keys), and the primary periods it was compiled from.
    template <class = void>
    [[nodiscard]] std::size_t memory_bytes() const noexcept;
    [[nodiscard]] std::size_t period_count() const noexcept { return period_count_; }

private:
    query_index() = default;

    // The id's number, once it is known to be one this index gave.
    template <class = void>
    [[nodiscard]] std::size_t checked(organisation_id o) const;
    template <class = void>
    [[nodiscard]] std::size_t checked(party_id p) const;
    // Both ids this index's, in one test with one branch, for the hot path;
    // refuse() throws what checked() would.
    [[nodiscard]] bool valid(organisation_id o, party_id p) const noexcept {
        const auto bit = [](bool b) { return static_cast<unsigned>(b); };
        return (bit(o.owner == 0) | bit(o.owner == owner_)) & (bit(p.owner == 0) | bit(p.owner == owner_)) &
               bit(o.value < organisation_keys_.size()) & bit(p.value < party_keys_.size());
    }
    template <class = void>
    [[noreturn]] void refuse(organisation_id o, party_id p) const;
    // The keys copied into key_text_, the views pointed there.
    template <class = void>
    void own_keys();

    // A segment's code: an entry of code_readings_. The first two are fixed:
    // nothing holds, and nothing is observed (outside coverage).
    static constexpr std::uint8_t none_code = 0;
    static constexpr std::uint8_t unobserved_code = 1;
    static constexpr std::int32_t never_day = std::numeric_limits<std::int32_t>::max();
    static constexpr std::size_t checkpoint_every = 8;
    static constexpr std::size_t small_cell = 16;  // segments; see cell_code()
    static constexpr std::int32_t before_time = std::numeric_limits<std::int32_t>::min();

    // Keys to ids: an open-addressing table of ids (no_id: empty), hashed by
    // the case-folded key and at most three quarters full. Four bytes a slot rather
    // than a hash map's node per key: on a small dataset the keys would
    // otherwise weigh more than the periods.
    static constexpr std::uint32_t no_id = std::numeric_limits<std::uint32_t>::max();
    struct key_table {
        std::vector<std::uint32_t> slots;
        template <class = void>
        [[nodiscard]] std::optional<std::uint32_t> find(const std::vector<std::string_view>& keys, std::string_view k) const noexcept;
        // The id of k, adding k to `keys` when new (the view is kept: its text must outlive the table).
        template <class = void>
        std::uint32_t insert(std::vector<std::string_view>& keys, std::string_view k);
    };

    // One cell's segments as (start day, code), ascending, the first at before_time.
    using segments = std::vector<std::pair<std::int32_t, std::uint8_t>>;
    template <class = void>
    void reset_codes();
    // The code of a reading, added to the table when new. Throws when a
    // dataset has more than 256 distinct readings.
    template <class = void>
    [[nodiscard]] std::uint8_t code_of(const detail::layered_reading& r);
    template <class = void>
    void reset_cells();
    template <class = void>
    void append_cell(std::size_t cell, const segments& s);
    template <class = void>
    void finish();  // the organisations' member changes, then the arrays trimmed to size
    template <class = void>
    void compile_members(std::uint32_t o);  // after by_key_

    // A cell's segments: segment k runs from start(k) to end(k) (exclusive)
    // and reads code(k); there are n + 1 of them.
    struct cell_view {
        const std::int32_t* bound;  // n change days, ascending
        std::size_t n;
        const std::uint8_t* codes;  // n + 1
        [[nodiscard]] std::uint8_t code(std::size_t k) const noexcept { return codes[k]; }
        [[nodiscard]] std::int32_t start(std::size_t k) const noexcept { return k == 0 ? before_time : bound[k - 1]; }
        [[nodiscard]] std::int32_t end(std::size_t k) const noexcept { return k < n ? bound[k] : never_day; }
    };
    template <class = void>
    [[nodiscard]] cell_view view(std::size_t cell) const noexcept;

    std::uint32_t owner_ = 0;     // the registry's number (from), or a number of its own (build)
    std::vector<char> key_text_;  // the keys, end to end; the views below point here
    std::vector<std::string_view> organisation_keys_;
    std::vector<std::string_view> party_keys_;
    std::vector<party_id> by_key_;  // parties in key order
    key_table organisation_ids_;
    key_table party_ids_;

    // Cells: cell c's segments are bounds_/codes_[cell_begin_[c], cell_begin_[c + 1]),
    // the first starting at before_time.
    std::vector<std::uint32_t> cell_begin_;
    std::vector<std::int32_t> bounds_;
    std::vector<std::uint8_t> codes_;
    // The distinct readings, by code; and the standing of each alone, and
    // whether it is certainly `member`, so that the hot paths read one array.
    std::vector<detail::layered_reading> code_readings_;
    std::vector<status_reading> code_standing_;
    std::vector<char> code_member_;

    // Organisations' member changes. Organisation o: change days
    // change_day_[change_begin_[o] .. change_begin_[o + 1]); change i flips
    // the local members flip_[flip_begin_[i] .. flip_begin_[i + 1]); local
    // member k is party org_party_[org_party_begin_[o] + k] (in key order);
    // after change i with (i - change_begin_[o]) % 8 == 0, the members are the
    // bit set checkpoint_[checkpoint_begin_[o] + (i - change_begin_[o]) / 8 * words ...].
    std::vector<std::uint32_t> change_begin_;
    // A directory of each organisation's change days, so that finding the
    // day's place touches two or three cache lines rather than one per step
    // of a binary search over a long array. The days from the first change
    // on are cut into `count` buckets of 2^shift days, about one per four
    // changes. At directory_[o] (no_id: too few changes to need one), bucket_
    // holds the first change day, shift, count, then count + 1 numbers: the
    // changes before each bucket.
    static constexpr std::size_t directory_from = 16;  // changes
    std::vector<std::uint32_t> directory_;
    std::vector<std::uint32_t> bucket_;
    std::vector<std::int32_t> change_day_;
    std::vector<std::uint32_t> flip_begin_;
    std::vector<std::uint16_t> flip_;
    std::vector<std::uint32_t> org_party_begin_;
    std::vector<std::uint32_t> org_party_;  // party numbers: ids are made with owner_ when handed out
    std::vector<std::uint32_t> checkpoint_begin_;
    std::vector<std::uint64_t> checkpoint_;

    // Each organisation's coverage as [first, last] day counts; empty when no
    // organisation has one. Only the cells without a timeline read it: the
    // others have it compiled into their segments.
    std::vector<std::pair<std::int32_t, std::int32_t>> coverage_;

    std::size_t period_count_ = 0;
    std::pair<int, int> stated_years_{10000, 0};
    template <class = void>
    void widen_stated_years(const period& p) noexcept;
};

}  // namespace alliance

// The definitions: the questions, then compiling the index.
#include <alliance/detail/index_queries.hpp>
#include <alliance/detail/index_build.hpp>
