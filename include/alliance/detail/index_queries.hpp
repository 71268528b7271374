// alliance/detail/index_queries.hpp — the query index's questions: keys to ids, status,
// members, overlaps, read from its flat arrays (see alliance/index.hpp).
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
std::optional<std::uint32_t> query_index::key_table::find(const std::vector<std::string_view>& keys,
                                                                 std::string_view k) const noexcept {
    if (slots.empty()) return std::nullopt;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = detail::fold_hash(k) & mask;; i = (i + 1) & mask) {
        const std::uint32_t id = slots[i];
        if (id == no_id) return std::nullopt;
        if (detail::fold_equal(keys[id], k)) return id;
    }
}

template <class>
std::uint32_t query_index::key_table::insert(std::vector<std::string_view>& keys, std::string_view k) {
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

template <class>
std::optional<organisation_id> query_index::find_organisation(std::string_view k) const {
    if (const auto id = organisation_ids_.find(organisation_keys_, k)) return organisation_id{*id, owner_};
    return std::nullopt;
}

template <class>
std::optional<party_id> query_index::find_party(std::string_view k) const {
    if (const auto id = party_ids_.find(party_keys_, k)) return party_id{*id, owner_};
    return std::nullopt;
}

template <class>
std::size_t query_index::checked(organisation_id o) const {
    return detail::checked_id(o, owner_, organisation_keys_.size());
}
template <class>
std::size_t query_index::checked(party_id p) const { return detail::checked_id(p, owner_, party_keys_.size()); }

template <class>
void query_index::refuse(organisation_id o, party_id p) const {
    (void)checked(o);
    (void)checked(p);
    throw error(errc::malformed_input, "alliance.id.invalid", "an invalid id");  // not reached: one of the two throws
}

template <class>
organisation_id query_index::organisation(std::string_view k) const {
    if (const auto id = find_organisation(k)) return *id;
    throw error(errc::unknown_organisation, "alliance.organisation.unknown", "unknown organisation '" + std::string(k) + "'");
}

template <class>
party_id query_index::party(std::string_view k) const {
    if (const auto id = find_party(k)) return *id;
    throw error(errc::unknown_party, "alliance.party.unknown", "unknown party '" + std::string(k) + "'");
}

template <class>
std::uint8_t query_index::cell_code(std::size_t c, std::int32_t day) const noexcept {
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

template <class>
status_reading query_index::cell_status(std::size_t c, std::int32_t day) const noexcept {
    return code_standing_[cell_code(c, day)];
}

template <class>
detail::layered_reading query_index::cell_reading(std::size_t c, std::int32_t day) const noexcept {
    return code_readings_[cell_code(c, day)];
}

template <class>
status_reading query_index::status_of(organisation_id o, party_id p, date::sys_days day) const {
    return cell_status(cell(o, p), static_cast<std::int32_t>(day.time_since_epoch().count()));
}

template <class>
status_reading query_index::participation_of(organisation_id o, party_id p, date::sys_days day) const {
    return cell_reading(cell(o, p), static_cast<std::int32_t>(day.time_since_epoch().count())).participation;
}

template <class>
void query_index::reset_codes() {
    code_readings_.assign({{status::none, status::none}, detail::unobserved_reading});
    code_standing_.assign({status::none, detail::unobserved_reading.standing});
    code_member_.assign(2, 0);
}

template <class>
std::uint8_t query_index::code_of(const detail::layered_reading& r) {
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

template <class>
query_index::cell_view query_index::view(std::size_t c) const noexcept {
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

template <class>
void query_index::widen_stated_years(const period& p) noexcept {
    for (const boundary* b : {&p.from, &p.to})
        if (!b->is_open()) {
            const int y = static_cast<int>(b->stated().year());
            stated_years_.first = std::min(stated_years_.first, y);
            stated_years_.second = std::max(stated_years_.second, y);
        }
}

template <class>
void query_index::members_on(organisation_id o, date::sys_days day, std::vector<party_id>& out) const {
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

template <class>
void query_index::overlap(organisation_id o, party_id a, party_id b, std::vector<day_span>& out) const {
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

template <class>
status_reading query_index::status_of(std::string_view org, std::string_view p, date::sys_days day) const {
    return status_of(organisation(org), party(p), day);
}

template <class>
std::vector<std::string_view> query_index::members_on(std::string_view org, date::sys_days day) const& {
    std::vector<party_id> ids;
    members_on(organisation(org), day, ids);
    std::vector<std::string_view> out;
    out.reserve(ids.size());
    for (const party_id p : ids) out.push_back(key(p));
    return out;
}

template <class>
day_set query_index::overlap(std::string_view org, std::string_view a, std::string_view b) const {
    std::vector<day_span> spans;
    overlap(organisation(org), party(a), party(b), spans);
    day_set out;
    for (const day_span s : spans) out.add(day_interval::right_open(to_day_count(s.first), to_day_count(s.end)));
    return out;
}

template <class>
std::size_t query_index::memory_bytes() const noexcept {
    const auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    return sizeof(*this) + bytes(key_text_) + bytes(organisation_keys_) + bytes(party_keys_) + bytes(by_key_) +
           bytes(organisation_ids_.slots) + bytes(party_ids_.slots) + bytes(cell_begin_) + bytes(bounds_) + bytes(codes_) +
           bytes(code_readings_) + bytes(code_standing_) + bytes(code_member_) +
           bytes(directory_) + bytes(bucket_) +
           bytes(change_begin_) + bytes(change_day_) + bytes(flip_begin_) + bytes(flip_) + bytes(org_party_begin_) +
           bytes(org_party_) + bytes(checkpoint_begin_) + bytes(checkpoint_) + bytes(coverage_);
}

}  // namespace alliance
