// alliance/detail/index_build.hpp — compiling the query index: from a registry's
// timelines (query_index::from) or from periods in any order (query_index::build),
// into segments per cell and member lists per organisation (see alliance/index.hpp).
#pragma once

#include <alliance/detail/index_support.hpp>
#include <alliance/error.hpp>
#include <alliance/index.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace alliance {

template <class>
void query_index::reset_cells() {
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

template <class>
void query_index::append_cell(std::size_t c, const segments& s) {
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

template <class>
void query_index::finish() {
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

template <class>
void query_index::compile_members(std::uint32_t o) {
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

template <class>
query_index query_index::from(const registry& r) {
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

template <class>
void query_index::own_keys() {
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

template <class>
query_index query_index::build(const std::vector<period>& periods) {
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
