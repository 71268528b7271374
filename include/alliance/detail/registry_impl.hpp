// alliance/detail/registry_impl.hpp — the definitions of what alliance/registry.hpp declares.
#pragma once

#include <alliance/registry.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/timeline.hpp>

#include <cstdint>
#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance {

namespace detail {
template <class>
void readings(const timeline& t, const std::optional<coverage_window>& window, std::int32_t earliest,
                     std::vector<std::pair<std::int32_t, layered_reading>>& out, std::vector<std::int32_t>& points) {
    const auto count = [](date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); };
    const auto observed = [&](std::int32_t x) { return !window || (count(window->first) <= x && x <= count(window->last)); };
    const layered_reading unobserved{status_reading::unknown(statuses_of(layer::standing)),
                                     status_reading::unknown(statuses_of(layer::participation))};
    points.clear();
    if (window) {
        points.push_back(count(window->first));
        points.push_back(count(window->last) + 1);
    }
    t.change_days(points);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    out.clear();
    out.emplace_back(earliest, observed(earliest) ? layered_reading{status::none, status::none} : unobserved);
    for (const std::int32_t x : points) {
        const date::sys_days day{date::days{x}};
        const layered_reading r = observed(x) ? layered_reading{t.status_on(day), t.participation_on(day)} : unobserved;
        if (r != out.back().second) out.emplace_back(x, r);
    }
}
}  // namespace detail

constexpr std::string_view to_string(party_kind k) noexcept {
    switch (k) {
        case party_kind::state: return "state";
        case party_kind::organisation: return "organisation";
        case party_kind::body: return "body";
        case party_kind::other: return "other";
    }
    return "other";
}

constexpr std::optional<party_kind> parse_party_kind(std::string_view text) noexcept {
    for (auto k : {party_kind::state, party_kind::organisation, party_kind::body, party_kind::other})
        if (to_string(k) == text) return k;
    return std::nullopt;
}

template <class>
std::string registry::fold(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

template <class>
void registry::check_one_line(std::string_view text, const char* what) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != 0x7F) continue;
        static constexpr char hex[] = "0123456789ABCDEF";
        const char code[] = {'U', '+', '0', '0', hex[c >> 4], hex[c & 15], '\0'};
        throw error(errc::malformed_input, "alliance.key.invalid",
                    std::string(what) + " holds a control character (" + code + " at byte " + std::to_string(i + 1) +
                        "): keys, names and aliases are one line of text");
    }
}

template <class>
std::string_view registry::intern(std::string_view s) {
    if (s.empty()) return {};
    if (auto it = interned_.find(s); it != interned_.end()) return it->second;
    if (!strings_) strings_ = std::make_shared<detail::string_store>();  // a new registry, or a moved-from one used again
    const std::string_view stored = strings_->keep(s);
    interned_.emplace(stored, stored);
    return stored;
}

template <class>
organisation_id registry::add_organisation(std::string_view key, std::string_view name) {
    if (key.empty()) throw error(errc::malformed_input, "alliance.key.empty", "an organisation key may not be empty");
    check_one_line(key, "an organisation key");
    check_one_line(name, "an organisation name");
    const auto folded = fold(key);
    if (auto it = organisation_keys_.find(folded); it != organisation_keys_.end()) {
        if (organisations_[it->second.value].name != name)
            throw error(errc::duplicate_key, "alliance.key.duplicate",
                        "organisation '" + std::string(key) + "' is already named '" +
                            std::string(organisations_[it->second.value].name) + "', not '" + std::string(name) + "'");
        return it->second;
    }
    const organisation_id id{static_cast<std::uint32_t>(organisations_.size()), owner_};
    organisations_.push_back({intern(key), intern(name), party_kind::other});
    organisation_keys_.emplace(folded, id);
    return id;
}

template <class>
party_id registry::add_party(std::string_view key, std::string_view name, party_kind kind) {
    if (key.empty()) throw error(errc::malformed_input, "alliance.key.empty", "a party key may not be empty");
    check_one_line(key, "a party key");
    check_one_line(name, "a party name");
    const auto folded = fold(key);
    if (auto it = party_keys_.find(folded); it != party_keys_.end()) {
        const auto& existing = parties_[it->second.value];
        if (existing.name != name || existing.kind != kind)
            throw error(errc::duplicate_key, "alliance.key.duplicate",
                        "party '" + std::string(key) + "' is already '" + std::string(existing.name) + "' (" +
                            std::string(to_string(existing.kind)) + ")");
        return it->second;
    }
    // A key, an English name and an alias each find one party. A new key
    // that is another party's name or alias, or a new name that is another
    // party's key, name or alias, would make find_party() answer for one of
    // the two in silence (keys are tried first, then the first name given),
    // and would make whether a file is accepted depend on the order of its
    // rows. So it is refused, naming both parties, as add_alias() refuses.
    if (auto it = party_names_.find(folded); it != party_names_.end())
        throw error(errc::duplicate_key, "alliance.key.duplicate",
                    "the key " + detail::echo(key) + " already names party '" + std::string(this->key(it->second)) + "'");
    if (!name.empty()) {
        const auto folded_name = fold(name);
        if (auto it = party_names_.find(folded_name); it != party_names_.end())
            throw error(errc::duplicate_key, "alliance.key.duplicate",
                        "the name " + detail::echo(name) + " of party " + detail::echo(key) + " already names party '" +
                            std::string(this->key(it->second)) + "'");
        if (auto it = party_keys_.find(folded_name); it != party_keys_.end())
            throw error(errc::duplicate_key, "alliance.key.duplicate",
                        "the name " + detail::echo(name) + " of party " + detail::echo(key) + " is the key of party '" +
                            std::string(this->key(it->second)) + "'");
    }
    const party_id id{static_cast<std::uint32_t>(parties_.size()), owner_};
    parties_.push_back({intern(key), intern(name), kind});
    party_keys_.emplace(folded, id);
    if (!name.empty()) party_names_.emplace(fold(name), id);
    return id;
}

template <class>
std::size_t registry::checked(organisation_id o) const { return detail::checked_id(o, owner_, organisations_.size()); }
template <class>
std::size_t registry::checked(party_id p) const { return detail::checked_id(p, owner_, parties_.size()); }

template <class>
void registry::add_alias(party_id party, std::string_view alias) {
    (void)checked(party);
    check_one_line(alias, "an alias");
    const auto folded = fold(alias);
    if (auto it = party_names_.find(folded); it != party_names_.end() && it->second != party)
        throw error(errc::duplicate_key, "alliance.key.duplicate",
                    "the name '" + std::string(alias) + "' already names party '" + std::string(key(it->second)) + "'");
    // find_party() tries keys before names: an alias equal to another
    // party's key would never be found, so it is refused rather than ignored.
    if (auto it = party_keys_.find(folded); it != party_keys_.end() && it->second != party)
        throw error(errc::duplicate_key, "alliance.key.duplicate",
                    "the name '" + std::string(alias) + "' is the key of party '" + std::string(key(it->second)) + "'");
    if (party_names_.emplace(folded, party).second) alias_lists_[party.value].push_back(intern(alias));
}

template <class>
std::vector<std::string_view> registry::aliases(party_id party) const& {
    (void)checked(party);
    const auto it = alias_lists_.find(party.value);
    return it == alias_lists_.end() ? std::vector<std::string_view>{} : it->second;
}

template <class>
void registry::set_attribute(organisation_id o, std::string_view name, std::string_view value) {
    (void)checked(o);
    if (name.empty()) throw error(errc::malformed_input, "alliance.key.empty", "an attribute name may not be empty");
    attributes_[{o.value, intern(name)}] = intern(value);
}

template <class>
std::string_view registry::attribute(organisation_id o, std::string_view name) const& {
    (void)checked(o);
    const auto it = attributes_.find({o.value, name});
    return it == attributes_.end() ? std::string_view{} : it->second;
}

template <class>
std::vector<std::pair<std::string_view, std::string_view>> registry::attributes(organisation_id o) const& {
    (void)checked(o);
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (auto it = attributes_.lower_bound({o.value, std::string_view{}}); it != attributes_.end() && it->first.first == o.value; ++it)
        out.emplace_back(it->first.second, it->second);
    return out;
}

template <class>
void registry::set_coverage(organisation_id o, date::sys_days first, date::sys_days last) {
    (void)checked(o);
    if (last < first)
        throw error(errc::invalid_period, "alliance.coverage.invalid",
                    "the coverage of '" + std::string(key(o)) + "' ends (" + to_string(last) + ") before it starts (" +
                        to_string(first) + ")");
    if (coverage_.size() <= o.value) coverage_.resize(organisations_.size());
    coverage_[o.value] = coverage_window{first, last};
}

template <class>
std::optional<coverage_window> registry::coverage(organisation_id o) const {
    (void)checked(o);
    return o.value < coverage_.size() ? coverage_[o.value] : std::nullopt;
}

template <class>
bool registry::covers(organisation_id o, date::sys_days day) const {
    // Every query asks this first: a vector by id, not a map.
    (void)checked(o);
    return o.value >= coverage_.size() || !coverage_[o.value] || coverage_[o.value]->contains(day);
}

template <class>
std::optional<organisation_id> registry::find_organisation(std::string_view k) const {
    if (auto it = organisation_keys_.find(fold(k)); it != organisation_keys_.end()) return it->second;
    return std::nullopt;
}

template <class>
std::optional<party_id> registry::find_party(std::string_view key_or_name) const {
    const auto folded = fold(key_or_name);
    if (auto it = party_keys_.find(folded); it != party_keys_.end()) return it->second;
    if (auto it = party_names_.find(folded); it != party_names_.end()) return it->second;
    return std::nullopt;
}

template <class>
organisation_id registry::organisation(std::string_view k) const {
    if (auto id = find_organisation(k)) return *id;
    throw error(errc::unknown_organisation, "alliance.organisation.unknown", "unknown organisation " + detail::echo(k));
}

template <class>
party_id registry::party(std::string_view key_or_name) const {
    if (auto id = find_party(key_or_name)) return *id;
    throw error(errc::unknown_party, "alliance.party.unknown", "unknown party " + detail::echo(key_or_name));
}

template <class>
void registry::add(const period& p, const location& where) {
    validate(p, where);
    const auto o = find_organisation(p.organisation);
    if (!o) throw error(errc::unknown_organisation, "alliance.organisation.unknown",
                        "unknown organisation " + detail::echo(p.organisation), where);
    const auto who = find_party(p.party);
    if (!who) throw error(errc::unknown_party, "alliance.party.unknown", "unknown party " + detail::echo(p.party), where);

    period stored = p;
    stored.organisation = key(*o);
    stored.party = key(*who);
    stored.source = intern(p.source);
    stored.note = intern(p.note);
    stored.conflict = intern(p.conflict);
    if (p.reading == reading::alternative) {
        alternatives_.push_back(stored);
    } else {
        auto& line = timelines_[{*o, *who}];
        try {
            line.add(stored, where);
        } catch (...) {
            if (line.empty()) timelines_.erase({*o, *who});
            throw;
        }
    }
    ++period_count_;
}

template <class>
void registry::add_unknown(std::string_view organisation, std::string_view party, date::sys_days first,
                                  date::sys_days last, const location& where) {
    const auto o = find_organisation(organisation);
    if (!o) throw error(errc::unknown_organisation, "alliance.organisation.unknown",
                        "unknown organisation " + detail::echo(organisation), where);
    const auto who = find_party(party);
    if (!who) throw error(errc::unknown_party, "alliance.party.unknown", "unknown party " + detail::echo(party), where);
    if (last < first)
        throw error(errc::invalid_period, "alliance.period.invalid",
                    "the unknown span " + to_string(first) + " to " + to_string(last) + " ends before it starts", where);
    timelines_[{*o, *who}].add_unknown(days_from_to(first, last));
}

template <class>
std::vector<organisation_id> registry::organisations() const {
    std::vector<organisation_id> out;
    for (std::uint32_t i = 0; i < organisations_.size(); ++i) out.push_back({i, owner_});
    std::sort(out.begin(), out.end(), [&](organisation_id a, organisation_id b) { return key(a) < key(b); });
    return out;
}

template <class>
std::vector<party_id> registry::parties() const {
    std::vector<party_id> out;
    for (std::uint32_t i = 0; i < parties_.size(); ++i) out.push_back({i, owner_});
    std::sort(out.begin(), out.end(), [&](party_id a, party_id b) { return key(a) < key(b); });
    return out;
}

template <class>
std::vector<party_id> registry::parties_of(organisation_id o) const {
    (void)checked(o);
    std::vector<party_id> out;
    for (auto it = timelines_.lower_bound({o, party_id{0}}); it != timelines_.end() && it->first.first == o; ++it)
        out.push_back(it->first.second);
    std::sort(out.begin(), out.end(), [&](party_id a, party_id b) { return key(a) < key(b); });
    return out;
}

template <class>
const timeline* registry::find_timeline(organisation_id o, party_id p) const& {
    (void)checked(o);
    (void)checked(p);
    const auto it = timelines_.find({o, p});
    return it == timelines_.end() ? nullptr : &it->second;
}

template <class>
std::vector<period> registry::periods() const& {
    std::vector<period> out;
    out.reserve(period_count_);
    for (const auto& entry : timelines_) {
        const std::vector<period> line = entry.second.periods();
        out.insert(out.end(), line.begin(), line.end());
    }
    out.insert(out.end(), alternatives_.begin(), alternatives_.end());
    std::stable_sort(out.begin(), out.end(), [](const period& a, const period& b) {
        if (a.organisation != b.organisation) return a.organisation < b.organisation;
        if (a.party != b.party) return a.party < b.party;
        const auto sa = detail::start_earliest(a.from), sb = detail::start_earliest(b.from);
        if (sa != sb) return sa < sb;
        return a.reading < b.reading;
    });
    return out;
}

template <class>
registry restricted(const registry& r, organisation_id o) {
    registry out;
    const auto id = out.add_organisation(r.key(o), r.name(o));
    for (const auto& [name, value] : r.attributes(o)) out.set_attribute(id, name, value);
    if (const auto window = r.coverage(o)) out.set_coverage(id, window->first, window->last);
    const auto copy_party = [&](party_id who) {
        const auto copy = out.add_party(r.key(who), r.name(who), r.kind(who));
        for (const auto alias : r.aliases(who)) out.add_alias(copy, alias);
    };
    // The organisation's own timelines and alternatives only: not every
    // period of the registry, sorted, to keep one organisation's.
    const std::string_view key = r.key(o);
    const auto parties = r.parties_of(o);  // periods, unknown days, or both
    for (const auto who : parties) copy_party(who);
    for (const auto& p : r.alternatives())
        if (p.organisation == key) copy_party(r.party(p.party));
    for (const auto who : parties) {
        const timeline& line = *r.find_timeline(o, who);
        for (const auto& p : line.periods()) out.add(p);
        for (const auto& span : line.unknown()) out.add_unknown(key, r.key(who), first_day(span), last_day(span));
    }
    for (const auto& p : r.alternatives())
        if (p.organisation == key) out.add(p);
    return out;
}

}  // namespace alliance
