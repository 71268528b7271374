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
    [[nodiscard]] static query_index from(const registry& r);
    // Built straight from periods, in any order, with the answers a registry
    // built from the same periods would give — and the same refusals: an
    // ill-formed period throws errc::invalid_period / invalid_date, two
    // contradicting periods errc::contradiction. Alternative readings are
    // skipped, as the registry keeps them out of its timelines. Keys are
    // copied, matched case-insensitively, and numbered in order of first
    // appearance; the index's ids are its own (a registry's id passed to it
    // throws errc::foreign_id). Periods carry no coverage: every day is observed.
    [[nodiscard]] static query_index build(const std::vector<period>& periods);

    query_index(query_index&&) = default;
    query_index& operator=(query_index&&) = default;
    query_index(const query_index&) = delete;  // keys are views into storage the index owns
    query_index& operator=(const query_index&) = delete;

    // Keys, case-insensitive. find_* return nullopt; the others throw
    // errc::unknown_organisation / unknown_party.
    [[nodiscard]] std::optional<organisation_id> find_organisation(std::string_view key) const;
    [[nodiscard]] std::optional<party_id> find_party(std::string_view key) const;
    [[nodiscard]] organisation_id organisation(std::string_view key) const;
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
    // status() is the standing, participation() the de facto participation.
    [[nodiscard]] status_reading status(organisation_id o, party_id p, date::sys_days day) const;
    [[nodiscard]] status_reading participation(organisation_id o, party_id p, date::sys_days day) const;
    [[nodiscard]] answer is_member(organisation_id o, party_id p, date::sys_days day) const {
        return status(o, p, day).is(status::member);
    }
    // The certain members, in key order, into `out` (cleared first; reuse it across calls).
    void members_on(organisation_id o, date::sys_days day, std::vector<party_id>& out) const;
    // The days both parties were certainly members, as ascending disjoint spans, into `out` (cleared first).
    void overlap(organisation_id o, party_id a, party_id b, std::vector<day_span>& out) const;

    // The same questions by key, with the registry's query functions' result types.
    [[nodiscard]] status_reading status_of(std::string_view organisation, std::string_view party,
                                           date::sys_days day) const;
    [[nodiscard]] std::vector<std::string_view> members_on(std::string_view organisation, date::sys_days day) const&;
    std::vector<std::string_view> members_on(std::string_view organisation, date::sys_days day) const&& = delete;
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
    // status() does after its two array lookups (for measuring them).
    [[nodiscard]] status_reading cell_status(std::size_t cell, std::int32_t day) const noexcept;
    [[nodiscard]] detail::layered_reading cell_reading(std::size_t cell, std::int32_t day) const noexcept;
    [[nodiscard]] std::uint8_t cell_code(std::size_t cell, std::int32_t day) const noexcept;
    [[nodiscard]] std::size_t cell(organisation_id o, party_id p) const {
        if (!valid(o, p)) refuse(o, p);
        return static_cast<std::size_t>(o.value) * party_keys_.size() + p.value;
    }

    // Bytes held by the index (arrays and keys), and the primary periods it was compiled from.
    [[nodiscard]] std::size_t memory_bytes() const noexcept;
    [[nodiscard]] std::size_t period_count() const noexcept { return period_count_; }

private:
    query_index() = default;

    // The id's number, once it is known to be one this index gave.
    [[nodiscard]] std::size_t checked(organisation_id o) const;
    [[nodiscard]] std::size_t checked(party_id p) const;
    // Both ids this index's, in one test with one branch, for the hot path;
    // refuse() throws what checked() would.
    [[nodiscard]] bool valid(organisation_id o, party_id p) const noexcept {
        const auto bit = [](bool b) { return static_cast<unsigned>(b); };
        return (bit(o.owner == 0) | bit(o.owner == owner_)) & (bit(p.owner == 0) | bit(p.owner == owner_)) &
               bit(o.value < organisation_keys_.size()) & bit(p.value < party_keys_.size());
    }
    [[noreturn]] void refuse(organisation_id o, party_id p) const;
    // The keys copied into key_text_, the views pointed there.
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
        [[nodiscard]] std::optional<std::uint32_t> find(const std::vector<std::string_view>& keys, std::string_view k) const noexcept;
        // The id of k, adding k to `keys` when new (the view is kept: its text must outlive the table).
        std::uint32_t insert(std::vector<std::string_view>& keys, std::string_view k);
    };

    // One cell's segments as (start day, code), ascending, the first at before_time.
    using segments = std::vector<std::pair<std::int32_t, std::uint8_t>>;
    void reset_codes();
    // The code of a reading, added to the table when new. Throws when a
    // dataset has more than 256 distinct readings.
    [[nodiscard]] std::uint8_t code_of(const detail::layered_reading& r);
    void reset_cells();
    void append_cell(std::size_t cell, const segments& s);
    void finish();  // the organisations' member changes, then the arrays trimmed to size
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
    void widen_stated_years(const period& p) noexcept;
};

// --- implementation -----------------------------------------------------------

namespace detail {

// The number of elements of the sorted array b[0, n) that are <= x, with no
// data-dependent branch: the loop runs log2(n) times whatever x is, and the
// step is a conditional move. Precondition for the result to be exact when
// n > 0: none (the last comparison settles whether b[0] itself counts).
[[nodiscard]] inline std::size_t count_not_after(const std::int32_t* b, std::size_t n, std::int32_t x) noexcept {
    if (n == 0) return 0;
    const std::int32_t* base = b;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half] <= x ? base + half : base;
        n -= half;
    }
    return static_cast<std::size_t>(base - b) + (*base <= x ? 1u : 0u);
}

// What every cell reads outside its organisation's coverage.
inline const layered_reading unobserved_reading{status_reading::unknown(statuses_of(layer::standing)),
                                                status_reading::unknown(statuses_of(layer::participation))};

inline char fold_char(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace detail

namespace detail {

[[nodiscard]] inline std::size_t fold_hash(std::string_view s) noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the case-folded bytes
    for (const char c : s) h = (h ^ static_cast<unsigned char>(fold_char(c))) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));  // the low bits pick the slot: fold the high ones in
}

[[nodiscard]] inline bool fold_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold_char(a[i]) != fold_char(b[i])) return false;
    return true;
}

}  // namespace detail

inline std::optional<std::uint32_t> query_index::key_table::find(const std::vector<std::string_view>& keys,
                                                                 std::string_view k) const noexcept {
    if (slots.empty()) return std::nullopt;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = detail::fold_hash(k) & mask;; i = (i + 1) & mask) {
        const std::uint32_t id = slots[i];
        if (id == no_id) return std::nullopt;
        if (detail::fold_equal(keys[id], k)) return id;
    }
}

inline std::uint32_t query_index::key_table::insert(std::vector<std::string_view>& keys, std::string_view k) {
    if (const auto id = find(keys, k)) return *id;
    if (keys.size() >= no_id / 2)
        throw error(errc::malformed_input, "alliance.index.too_large", "an index with more than 2^31 keys");
    const auto id = static_cast<std::uint32_t>(keys.size());
    keys.push_back(k);
    const auto place = [&](std::uint32_t j) {
        std::size_t i = detail::fold_hash(keys[j]) & (slots.size() - 1);
        while (slots[i] != no_id) i = (i + 1) & (slots.size() - 1);
        slots[i] = j;
    };
    if (4 * keys.size() > 3 * slots.size()) {  // grow to stay at most 3/4 full, then place every key again
        slots.assign(std::max<std::size_t>(8, slots.size() * 2), no_id);
        for (std::uint32_t j = 0; j < keys.size(); ++j) place(j);
    } else {
        place(id);
    }
    return id;
}

inline std::optional<organisation_id> query_index::find_organisation(std::string_view k) const {
    if (const auto id = organisation_ids_.find(organisation_keys_, k)) return organisation_id{*id, owner_};
    return std::nullopt;
}

inline std::optional<party_id> query_index::find_party(std::string_view k) const {
    if (const auto id = party_ids_.find(party_keys_, k)) return party_id{*id, owner_};
    return std::nullopt;
}

inline std::size_t query_index::checked(organisation_id o) const {
    return detail::checked_id(o, owner_, organisation_keys_.size());
}
inline std::size_t query_index::checked(party_id p) const { return detail::checked_id(p, owner_, party_keys_.size()); }

inline void query_index::refuse(organisation_id o, party_id p) const {
    (void)checked(o);
    (void)checked(p);
    throw error(errc::malformed_input, "alliance.id.invalid", "an invalid id");  // not reached: one of the two throws
}

inline organisation_id query_index::organisation(std::string_view k) const {
    if (const auto id = find_organisation(k)) return *id;
    throw error(errc::unknown_organisation, "alliance.organisation.unknown", "unknown organisation '" + std::string(k) + "'");
}

inline party_id query_index::party(std::string_view k) const {
    if (const auto id = find_party(k)) return *id;
    throw error(errc::unknown_party, "alliance.party.unknown", "unknown party '" + std::string(k) + "'");
}

inline std::uint8_t query_index::cell_code(std::size_t c, std::int32_t day) const noexcept {
    const std::uint32_t first = cell_begin_[c];
    const std::uint32_t n = cell_begin_[c + 1] - first;
    if (n == 0) {
        if (coverage_.empty()) return none_code;
        const auto& window = coverage_[c / party_keys_.size()];
        return day < window.first || day > window.second ? unobserved_code : none_code;
    }
    // The first bound is before_time, so at least one bound is <= day. Most
    // cells change reading a few times: counting the later bounds not after
    // the day, each compare independent of the others, is quicker there than
    // a search whose every step waits for the one before.
    const std::int32_t* b = bounds_.data() + first;
    std::size_t k = 0;
    if (n <= small_cell) {
        for (std::size_t i = 1; i < n; ++i) k += b[i] <= day ? 1u : 0u;
    } else {
        k = detail::count_not_after(b, n, day) - 1;
    }
    return codes_[first + k];
}

inline status_reading query_index::cell_status(std::size_t c, std::int32_t day) const noexcept {
    return code_standing_[cell_code(c, day)];
}

inline detail::layered_reading query_index::cell_reading(std::size_t c, std::int32_t day) const noexcept {
    return code_readings_[cell_code(c, day)];
}

inline status_reading query_index::status(organisation_id o, party_id p, date::sys_days day) const {
    return cell_status(cell(o, p), static_cast<std::int32_t>(day.time_since_epoch().count()));
}

inline status_reading query_index::participation(organisation_id o, party_id p, date::sys_days day) const {
    return cell_reading(cell(o, p), static_cast<std::int32_t>(day.time_since_epoch().count())).participation;
}

inline void query_index::reset_codes() {
    code_readings_.assign({{status::none, status::none}, detail::unobserved_reading});
    code_standing_.assign({status::none, detail::unobserved_reading.standing});
    code_member_.assign(2, 0);
}

inline std::uint8_t query_index::code_of(const detail::layered_reading& r) {
    for (std::size_t k = code_readings_.size(); k-- > 0;)  // the newest first: a cell's readings repeat
        if (code_readings_[k] == r) return static_cast<std::uint8_t>(k);
    if (code_readings_.size() > std::numeric_limits<std::uint8_t>::max())
        throw error(errc::malformed_input, "alliance.index.too_large",
                    "an index with more than 256 distinct readings (statuses and their unknown candidates)");
    code_readings_.push_back(r);
    code_standing_.push_back(r.standing);
    code_member_.push_back(r.standing == status_reading{status::member} ? 1 : 0);
    return static_cast<std::uint8_t>(code_readings_.size() - 1);
}

inline query_index::cell_view query_index::view(std::size_t c) const noexcept {
    static constexpr std::uint8_t nothing[1] = {none_code};
    const std::uint32_t first = cell_begin_[c];
    const std::uint32_t n = cell_begin_[c + 1] - first;
    if (n == 0) return {nullptr, 0, nothing};
    return {bounds_.data() + first + 1, n - 1, codes_.data() + first};
}

template <class F>
void query_index::for_each_segment(organisation_id o, party_id p, F&& f) const {
    const cell_view v = view(cell(o, p));  // before_time and never_day are the int32 limits
    for (std::size_t k = 0; k <= v.n;) {
        // Segments that differ in participation only are one segment of the standing.
        std::size_t last = k;
        while (last < v.n && code_standing_[v.code(last + 1)] == code_standing_[v.code(k)]) ++last;
        f(day_count{v.start(k)}, day_count{v.end(last)}, code_standing_[v.code(k)]);
        k = last + 1;
    }
}

inline void query_index::widen_stated_years(const period& p) noexcept {
    for (const boundary* b : {&p.from, &p.to})
        if (!b->is_open()) {
            const int y = static_cast<int>(b->stated().year());
            stated_years_.first = std::min(stated_years_.first, y);
            stated_years_.second = std::max(stated_years_.second, y);
        }
}

inline void query_index::members_on(organisation_id o, date::sys_days day, std::vector<party_id>& out) const {
    (void)checked(o);
    out.clear();
    const std::uint32_t first = change_begin_[o.value];
    const std::size_t n = change_begin_[o.value + 1] - first;
    const auto d = static_cast<std::int32_t>(day.time_since_epoch().count());
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(n);
    if (const std::uint32_t at = directory_[o.value]; at != no_id) {
        const auto base = static_cast<std::int32_t>(bucket_[at]);
        if (d < base) return;  // before the first change: nobody is a member yet
        const std::uint32_t shift = bucket_[at + 1], count = bucket_[at + 2];
        const auto b = static_cast<std::size_t>(
            std::min<std::int64_t>((std::int64_t{d} - base) >> shift, std::int64_t{count} - 1));
        lo = bucket_[at + 3 + b];
        hi = bucket_[at + 4 + b];
    }
    const std::size_t passed = lo + detail::count_not_after(change_day_.data() + first + lo, hi - lo, d);
    if (passed == 0) return;
    const std::size_t last = passed - 1;  // the last change on or before the day, local to the organisation
    const std::uint32_t party_first = org_party_begin_[o.value];
    const std::size_t words = (org_party_begin_[o.value + 1] - party_first + 63) / 64;

    // Start from the checkpoint at or before `last`, replay the changes after it.
    constexpr std::size_t on_stack = 64;
    std::uint64_t stack_bits[on_stack];
    std::vector<std::uint64_t> heap_bits;
    std::uint64_t* bits = stack_bits;
    if (words > on_stack) {
        heap_bits.resize(words);
        bits = heap_bits.data();
    }
    const std::size_t checkpoint = last / checkpoint_every;
    const std::uint64_t* saved = checkpoint_.data() + checkpoint_begin_[o.value] + checkpoint * words;
    std::copy(saved, saved + words, bits);
    for (std::size_t i = checkpoint * checkpoint_every + 1; i <= last; ++i)
        for (std::uint32_t f = flip_begin_[first + i]; f < flip_begin_[first + i + 1]; ++f)
            bits[flip_[f] / 64] ^= std::uint64_t{1} << (flip_[f] % 64);

    // Sized once, then written in place: no capacity check per member.
    std::size_t count = 0;
    for (std::size_t w = 0; w < words; ++w) count += static_cast<std::size_t>(__builtin_popcountll(bits[w]));
    out.resize(count);
    party_id* next = out.data();
    const std::uint32_t* local = org_party_.data() + party_first;
    for (std::size_t w = 0; w < words; ++w)
        for (std::uint64_t v = bits[w]; v != 0; v &= v - 1)
            *next++ = party_id{local[w * 64 + static_cast<std::size_t>(__builtin_ctzll(v))], owner_};
}

inline void query_index::overlap(organisation_id o, party_id a, party_id b, std::vector<day_span>& out) const {
    out.clear();
    const cell_view va = view(cell(o, a)), vb = view(cell(o, b));
    // Walk both cells' member segments at once, skipping the others: each
    // step ends at the nearer segment end. A cell's member segments never
    // touch (neighbours with one reading are one segment), so neither do the
    // spans found; the join below is for safety, not for correctness.
    const auto next_member = [&](const cell_view& v, std::size_t k) {
        while (k <= v.n && !code_member_[v.code(k)]) ++k;
        return k;
    };
    std::size_t i = next_member(va, 0), j = next_member(vb, 0);
    while (i <= va.n && j <= vb.n) {
        const std::int32_t from = std::max(va.start(i), vb.start(j));
        const std::int32_t ea = va.end(i), eb = vb.end(j);
        const std::int32_t to = std::min(ea, eb);
        if (from < to) {
            const date::sys_days first = to_sys_days(day_count{from}), end = to_sys_days(day_count{to});
            if (!out.empty() && out.back().end == first)
                out.back().end = end;
            else
                out.push_back({first, end});
        }
        if (ea <= eb) i = next_member(va, i + 1);
        if (eb <= ea) j = next_member(vb, j + 1);
    }
}

inline status_reading query_index::status_of(std::string_view org, std::string_view p, date::sys_days day) const {
    return status(organisation(org), party(p), day);
}

inline std::vector<std::string_view> query_index::members_on(std::string_view org, date::sys_days day) const& {
    std::vector<party_id> ids;
    members_on(organisation(org), day, ids);
    std::vector<std::string_view> out;
    out.reserve(ids.size());
    for (const party_id p : ids) out.push_back(key(p));
    return out;
}

inline day_set query_index::overlap(std::string_view org, std::string_view a, std::string_view b) const {
    std::vector<day_span> spans;
    overlap(organisation(org), party(a), party(b), spans);
    day_set out;
    for (const day_span s : spans) out.add(day_interval::right_open(to_day_count(s.first), to_day_count(s.end)));
    return out;
}

inline std::size_t query_index::memory_bytes() const noexcept {
    const auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    return sizeof(*this) + bytes(key_text_) + bytes(organisation_keys_) + bytes(party_keys_) + bytes(by_key_) +
           bytes(organisation_ids_.slots) + bytes(party_ids_.slots) + bytes(cell_begin_) + bytes(bounds_) + bytes(codes_) +
           bytes(code_readings_) + bytes(code_standing_) + bytes(code_member_) +
           bytes(directory_) + bytes(bucket_) +
           bytes(change_begin_) + bytes(change_day_) + bytes(flip_begin_) + bytes(flip_) + bytes(org_party_begin_) +
           bytes(org_party_) + bytes(checkpoint_begin_) + bytes(checkpoint_) + bytes(coverage_);
}

// --- compiling ----------------------------------------------------------------

inline void query_index::reset_cells() {
    const std::size_t cells = organisation_keys_.size() * party_keys_.size();
    if (cells >= std::numeric_limits<std::uint32_t>::max() / 2)
        throw error(errc::malformed_input, "alliance.index.too_large",
                    "an index of " + std::to_string(organisation_keys_.size()) + " organisations by " +
                        std::to_string(party_keys_.size()) + " parties has too many cells");
    // Cell c's begin is written when it is appended; cells never appended are
    // filled in by finish(). Empty cells and appended ones come in cell order.
    cell_begin_.assign(cells + 1, no_id);
    bounds_.clear();
    codes_.clear();
    reset_codes();
}

inline void query_index::append_cell(std::size_t c, const segments& s) {
    // Cells are appended in increasing order; the empty ones before c start here too.
    std::size_t back = c;
    while (back > 0 && cell_begin_[back - 1] == no_id) --back;
    if (bounds_.size() + s.size() >= no_id)
        throw error(errc::malformed_input, "alliance.index.too_large", "an index with too many changes of reading");
    const auto here = static_cast<std::uint32_t>(bounds_.size());
    for (std::size_t k = back; k <= c; ++k) cell_begin_[k] = here;
    for (const auto& [day, code] : s) {
        // Neighbouring segments with one reading are one segment.
        if (bounds_.size() > here && codes_.back() == code) continue;
        bounds_.push_back(day);
        codes_.push_back(code);
    }
}

inline void query_index::finish() {
    const auto end = static_cast<std::uint32_t>(bounds_.size());
    for (std::size_t k = cell_begin_.size(); k-- > 0 && cell_begin_[k] == no_id;) cell_begin_[k] = end;
    change_begin_.assign(1, 0);
    directory_.clear();
    bucket_.clear();
    change_day_.clear();
    flip_begin_.assign(1, 0);
    flip_.clear();
    org_party_begin_.assign(1, 0);
    org_party_.clear();
    checkpoint_begin_.assign(1, 0);
    checkpoint_.clear();
    // Parties in key order, the order members are listed in.
    by_key_.resize(party_keys_.size());
    for (std::uint32_t i = 0; i < by_key_.size(); ++i) by_key_[i] = party_id{i, owner_};
    std::sort(by_key_.begin(), by_key_.end(), [&](party_id a, party_id b) { return key(a) < key(b); });
    for (std::uint32_t o = 0; o < organisation_keys_.size(); ++o) compile_members(o);
    // Grown by doubling while compiling; an index is read far more often than built.
    for (auto* v : {&cell_begin_, &change_begin_, &flip_begin_, &org_party_begin_, &checkpoint_begin_})
        v->shrink_to_fit();
    bounds_.shrink_to_fit();
    codes_.shrink_to_fit();
    change_day_.shrink_to_fit();
    directory_.shrink_to_fit();
    bucket_.shrink_to_fit();
    flip_.shrink_to_fit();
    org_party_.shrink_to_fit();
    checkpoint_.shrink_to_fit();
}

inline void query_index::compile_members(std::uint32_t o) {
    const std::size_t parties = party_keys_.size();
    // The organisation's parties (cells with any segment), in key order.
    std::vector<std::uint32_t> present;
    for (const party_id p : by_key_)
        if (cell_begin_[o * parties + p.value] != cell_begin_[o * parties + p.value + 1]) present.push_back(p.value);
    if (present.size() > std::numeric_limits<std::uint16_t>::max())
        throw error(errc::malformed_input, "alliance.index.too_large",
                    "organisation '" + std::string(organisation_keys_[o]) + "' has more than 65535 parties");
    org_party_.insert(org_party_.end(), present.begin(), present.end());
    org_party_begin_.push_back(static_cast<std::uint32_t>(org_party_.size()));

    // Membership flips: each party's certain-member runs start and end.
    std::vector<std::pair<std::int32_t, std::uint16_t>> flips;
    for (std::size_t local = 0; local < present.size(); ++local) {
        const cell_view v = view(o * parties + present[local]);
        bool in = false;
        for (std::size_t k = 0; k <= v.n; ++k) {
            const bool now = code_member_[v.code(k)] != 0;
            if (now != in) flips.emplace_back(v.start(k), static_cast<std::uint16_t>(local));
            in = now;
        }
        // The last segment of a cell always reads `none` (every status ends by the end of time).
    }
    std::sort(flips.begin(), flips.end());

    const std::size_t words = (present.size() + 63) / 64;
    std::vector<std::uint64_t> bits(words, 0);
    std::size_t changes = 0;
    for (std::size_t f = 0; f < flips.size();) {
        const std::int32_t day = flips[f].first;
        change_day_.push_back(day);
        for (; f < flips.size() && flips[f].first == day; ++f) {
            flip_.push_back(flips[f].second);
            bits[flips[f].second / 64] ^= std::uint64_t{1} << (flips[f].second % 64);
        }
        flip_begin_.push_back(static_cast<std::uint32_t>(flip_.size()));
        if (changes % checkpoint_every == 0) checkpoint_.insert(checkpoint_.end(), bits.begin(), bits.end());
        ++changes;
    }
    change_begin_.push_back(static_cast<std::uint32_t>(change_day_.size()));
    checkpoint_begin_.push_back(static_cast<std::uint32_t>(checkpoint_.size()));

    // The directory: about one bucket per four changes, each 2^shift days.
    if (changes < directory_from) {
        directory_.push_back(no_id);
        return;
    }
    directory_.push_back(static_cast<std::uint32_t>(bucket_.size()));
    const std::int32_t* day = change_day_.data() + (change_day_.size() - changes);
    const std::int64_t span = std::int64_t{day[changes - 1]} - day[0];
    const auto target = static_cast<std::int64_t>(changes / 4);
    std::uint32_t shift = 0;
    while ((span >> shift) + 1 > target) ++shift;
    const auto count = static_cast<std::uint32_t>((span >> shift) + 1);
    bucket_.push_back(static_cast<std::uint32_t>(day[0]));
    bucket_.push_back(shift);
    bucket_.push_back(count);
    std::uint32_t before = 0;
    for (std::uint32_t b = 0; b <= count; ++b) {
        const std::int64_t start = std::int64_t{day[0]} + (std::int64_t{b} << shift);
        while (before < changes && day[before] < start) ++before;
        bucket_.push_back(before);
    }
}

inline query_index query_index::from(const registry& r) {
    query_index ix;
    ix.owner_ = r.owner_;
    ix.organisation_keys_.reserve(r.organisation_count());
    ix.party_keys_.reserve(r.party_count());
    ix.organisation_keys_.clear();
    ix.party_keys_.clear();
    // The registry's keys are distinct (case-insensitively, as here), so each
    // insert adds one, with the registry's id.
    for (std::uint32_t o = 0; o < r.organisation_count(); ++o)
        if (ix.organisation_ids_.insert(ix.organisation_keys_, r.key(organisation_id{o})) != o)
            throw error(errc::malformed_input, "alliance.key.duplicate", "organisation key '" + std::string(r.key(organisation_id{o})) + "' is given twice");
    for (std::uint32_t p = 0; p < r.party_count(); ++p)
        if (ix.party_ids_.insert(ix.party_keys_, r.key(party_id{p})) != p)
            throw error(errc::malformed_input, "alliance.key.duplicate", "party key '" + std::string(r.key(party_id{p})) + "' is given twice");
    ix.own_keys();
    ix.reset_cells();

    for (std::uint32_t o = 0; o < r.organisation_count(); ++o)
        if (const auto window = r.coverage(organisation_id{o})) {
            if (ix.coverage_.empty()) ix.coverage_.assign(r.organisation_count(), {before_time, never_day});
            ix.coverage_[o] = {static_cast<std::int32_t>(window->first.time_since_epoch().count()),
                               static_cast<std::int32_t>(window->last.time_since_epoch().count())};
        }

    segments s;
    std::vector<std::int32_t> points;
    std::vector<std::pair<std::int32_t, detail::layered_reading>> readings;
    for (const auto& [ids, line] : r.timelines()) {  // ordered by (organisation, party): cell order
        detail::readings(line, r.coverage(ids.first), before_time, readings, points);
        s.clear();
        for (const auto& [x, reading] : readings) s.emplace_back(x, ix.code_of(reading));
        ix.append_cell(ix.cell(ids.first, ids.second), s);
        ix.period_count_ += line.period_count();
        for (const period& p : line.periods()) ix.widen_stated_years(p);
    }
    ix.finish();
    return ix;
}

namespace detail {

// What a registry would say about a contradiction, for build().
[[noreturn]] inline void index_contradiction(const period& a, const period& b, std::int32_t day) {
    throw error(errc::contradiction, "alliance.period.contradiction",
                describe(b) + " contradicts " + describe(a) + ": both certainly hold on " +
                    to_string(to_sys_days(day_count{day})));
}

}  // namespace detail

inline void query_index::own_keys() {
    std::size_t length = 0;
    for (const auto* keys : {&organisation_keys_, &party_keys_})
        for (const std::string_view k : *keys) length += k.size();
    key_text_.clear();
    key_text_.reserve(length);  // never grows past this, so views into it stay valid
    for (auto* keys : {&organisation_keys_, &party_keys_})
        for (std::string_view& k : *keys) {
            const std::size_t at = key_text_.size();
            key_text_.insert(key_text_.end(), k.begin(), k.end());
            k = std::string_view(key_text_.data() + at, k.size());
        }
    organisation_keys_.shrink_to_fit();
    party_keys_.shrink_to_fit();
}

inline query_index query_index::build(const std::vector<period>& periods) {
    query_index ix;
    ix.owner_ = detail::new_owner();
    // 1. Keys to dense ids. The keys first view the periods' own text, then
    // are copied end to end into one array the index owns.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ids(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const period& p = periods[i];
        validate(p);  // as registry::add does, alternative readings included
        if (p.reading != reading::primary) continue;
        ix.widen_stated_years(p);
        if (p.organisation.empty() || p.party.empty())
            throw error(errc::malformed_input, "alliance.key.empty", "a period's organisation and party keys may not be empty");
        ids[i] = {ix.organisation_ids_.insert(ix.organisation_keys_, p.organisation),
                  ix.party_ids_.insert(ix.party_keys_, p.party)};
    }
    ix.own_keys();
    ix.reset_cells();

    // 2. Group the periods by cell with a counting sort: linear, whatever the
    // input order. What the sweep needs of each period is copied into a
    // compact record in cell order, so that step 3 reads memory in sequence
    // (reading the periods themselves in cell order would miss the cache on
    // nearly every one when the input is shuffled).
    const auto count_of = [](date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); };
    struct edge_of_time {  // a boundary, enough to tell two stated boundaries apart
        std::int32_t earliest = 0, latest = 0;
        std::uint32_t stated = 0;  // 0: open; else year, month, day packed with the precision
        bool operator==(const edge_of_time& b) const {
            return stated == b.stated && earliest == b.earliest && latest == b.latest;
        }
    };
    const auto pack = [&](const boundary& b) {
        edge_of_time e;
        if (b.is_open()) return e;
        const partial_date d = b.stated();
        const auto m = d.precision() == precision::year ? 0u : static_cast<unsigned>(d.month());
        const auto dd = d.precision() == precision::day ? static_cast<unsigned>(d.day()) : 0u;
        e.stated = (static_cast<std::uint32_t>(static_cast<int>(d.year())) << 10 | m << 5 | dd) + 1;
        e.earliest = count_of(b.earliest());
        e.latest = count_of(b.latest());
        return e;
    };
    struct compact {
        std::int32_t certain_first, certain_end, possible_first, possible_end;
        edge_of_time from, to;
        std::uint32_t index;  // in the input, for error messages
        std::uint8_t what;
    };
    const std::size_t cells = ix.cell_begin_.size() - 1;
    std::vector<std::uint32_t> start(cells + 1, 0);
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periods[i].reading == reading::primary) ++start[ix.cell(organisation_id{ids[i].first}, party_id{ids[i].second}) + 1];
    for (std::size_t c = 0; c < cells; ++c) start[c + 1] += start[c];
    std::vector<compact> records(start[cells]);
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const period& p = periods[i];
            if (p.reading != reading::primary) continue;
            records[fill[ix.cell(organisation_id{ids[i].first}, party_id{ids[i].second})]++] = {
                count_of(detail::start_latest(p.from)), count_of(detail::end_earliest(p.to)),
                count_of(detail::start_earliest(p.from)), count_of(detail::end_latest(p.to)),
                pack(p.from), pack(p.to), static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(p.status)};
        }
    }
    ix.period_count_ = records.size();

    // 3. Per cell, a sweep over the certain and possible spans of its periods
    // and the joint windows of periods that share one stated boundary
    // (detail/period_rules.hpp's rules, as the timeline applies them).
    constexpr std::uint8_t possible_kind = status_count;      // + status: may hold
    constexpr std::uint8_t covered_kind = 2 * status_count;  // + layer: a joint window of two statuses
    struct edge {
        std::int32_t day;
        std::int8_t delta;
        std::uint8_t kind;  // a status: certain; possible_kind + status; covered_kind + layer
        std::uint32_t period;
    };
    std::vector<edge> edges;
    std::vector<std::uint32_t> ends;
    segments s;
    const auto layer_index = [](std::uint8_t what) {
        return static_cast<std::uint8_t>(layer_of(static_cast<alliance::status>(what)));
    };
    for (std::size_t c = 0; c < cells; ++c) {
        if (start[c] == start[c + 1]) continue;
        edges.clear();
        const auto add = [&](std::int32_t lo, std::int32_t hi, std::uint8_t kind, std::uint32_t i) {
            if (lo >= hi) return;
            edges.push_back({lo, 1, kind, i});
            edges.push_back({hi, -1, kind, i});
        };
        // The cell's periods by (layer, stated end), so that each period finds
        // the ones that end where it starts by a binary search, not a scan.
        ends.clear();
        for (std::uint32_t m = start[c]; m < start[c + 1]; ++m)
            if (records[m].to.stated != 0) ends.push_back(m);
        const auto end_key = [&](std::uint32_t m) {
            const compact& q = records[m];
            return std::make_tuple(layer_index(q.what), q.to.stated, q.to.earliest, q.to.latest);
        };
        std::sort(ends.begin(), ends.end(), [&](std::uint32_t a, std::uint32_t b) { return end_key(a) < end_key(b); });
        for (std::uint32_t k = start[c]; k < start[c + 1]; ++k) {
            const compact& p = records[k];
            add(p.certain_first, p.certain_end, p.what, p.index);
            add(p.possible_first, p.possible_end, static_cast<std::uint8_t>(possible_kind + p.what), p.index);
            if (p.from.stated == 0) continue;
            const auto wanted = std::make_tuple(layer_index(p.what), p.from.stated, p.from.earliest, p.from.latest);
            auto m = std::lower_bound(ends.begin(), ends.end(), wanted,
                                      [&](std::uint32_t a, const decltype(wanted)& w) { return end_key(a) < w; });
            for (; m != ends.end() && end_key(*m) == wanted; ++m) {
                if (*m == k) continue;
                const compact& q = records[*m];
                const auto kind = q.what == p.what ? p.what : static_cast<std::uint8_t>(covered_kind + layer_index(p.what));
                add(std::max(q.to.earliest, q.certain_first), std::min(q.to.latest, p.certain_end), kind, p.index);
            }
        }
        std::sort(edges.begin(), edges.end(), [](const edge& a, const edge& b) { return a.day < b.day; });
        int open[2 * status_count + 2] = {};
        std::uint32_t holder[status_count] = {};  // a period holding each certain status, for messages
        s.clear();
        s.emplace_back(before_time, none_code);
        for (std::size_t e = 0; e < edges.size();) {
            const std::int32_t day = edges[e].day;
            for (; e < edges.size() && edges[e].day == day; ++e) {
                open[edges[e].kind] += edges[e].delta;
                if (edges[e].delta > 0 && edges[e].kind < status_count) holder[edges[e].kind] = edges[e].period;
            }
            unsigned certain[2] = {status_count, status_count};
            unsigned possible[2] = {0, 0};
            for (std::uint8_t st = 1; st < status_count; ++st) {
                const std::uint8_t l = layer_index(st);
                if (open[possible_kind + st] > 0) possible[l] |= bit(static_cast<alliance::status>(st));
                if (open[st] == 0) continue;
                if (certain[l] < status_count) detail::index_contradiction(periods[holder[certain[l]]], periods[holder[st]], day);
                certain[l] = st;
            }
            s.emplace_back(day, ix.code_of({detail::reading_of(certain[0], possible[0], open[covered_kind] > 0),
                                            detail::reading_of(certain[1], possible[1], open[covered_kind + 1] > 0)}));
        }
        ix.append_cell(c, s);
    }
    ix.finish();
    return ix;
}

}  // namespace alliance
