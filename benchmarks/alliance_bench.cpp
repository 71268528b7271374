// alliance_bench — the library's query index side by side with what a user would otherwise write.
//
// Names are QUERY/IMPL/SCALE:
//   QUERY  status | members | overlap | build | dyad_year
//   IMPL   alliance        the library's public API (query_index; dyad_year_counts_by_id over it)
//          registry        (build) a registry, period by period (registry::add)
//          alliance_internal   (status) the index's raw cell lookup, without the id arithmetic
//          alliance_keys   (status) the public API given string keys on every query;
//                          (dyad_year) dyad_year_counts, rows with string keys
//          naive           a linear scan over a vector of period structs
//          icl             a plain boost::icl::interval_map per (organisation, party)
//          icl_set         a boost::icl::interval_map<day, std::set<party>> per organisation
//   SCALE  csto | synthetic | igo | one_party
//          one_party: a million one-day periods of a single party in one
//          organisation, added in random order (only `build` runs there):
//          adding a period must not cost more as the party's periods grow.
// Every implementation of one QUERY/SCALE answers the same pre-generated
// random queries, with keys already turned into dense numbers (so that the
// baselines are not slowed by lookups the library avoids). Counters:
// items_per_second (queries, periods or dyad-years), agreement (the share of
// answers equal to the library's: the baselines ignore the rule that joins
// back-to-back periods at one stated boundary, so it may fall just short of
// 1), bytes_per_period (for build: heap bytes held by what was built).
// Every implementation runs on a warm allocator (see main and the untimed
// first calls in build_bench and dyad_year_bench).
#include <alliance/alliance.hpp>
#include <alliance/data/csto.hpp>
#include <alliance/index.hpp>
#include <alliance/panel.hpp>

#if __has_include(<alliance/io/read.hpp>) && !defined(ALLIANCE_BENCH_NO_IO)
#include <alliance/io/read.hpp>
#define ALLIANCE_BENCH_HAVE_IO 1
#endif

#include <synthetic_data.hpp>

#include <benchmark/benchmark.h>
#include <boost/icl/interval_map.hpp>
#include <boost/icl/interval_set.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#if __has_include(<malloc.h>)
#include <malloc.h>  // mallopt (glibc)
#endif
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

// --- heap accounting: the live bytes of everything allocated with new ----------

namespace {
std::atomic<std::size_t> live_bytes{0};
constexpr std::size_t header = 16;  // keeps the 16-byte alignment malloc gives
}  // namespace

// Out of line, so that the optimiser does not see the header arithmetic and
// mistake it for a mismatched new/free pair.
__attribute__((noinline)) void* operator new(std::size_t n) {
    void* raw = std::malloc(n + header);
    if (raw == nullptr) throw std::bad_alloc();
    *static_cast<std::size_t*>(raw) = n;
    live_bytes.fetch_add(n, std::memory_order_relaxed);
    return static_cast<char*>(raw) + header;
}
__attribute__((noinline)) void operator delete(void* p) noexcept {
    if (p == nullptr) return;
    void* raw = static_cast<char*>(p) - header;
    live_bytes.fetch_sub(*static_cast<std::size_t*>(raw), std::memory_order_relaxed);
    std::free(raw);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

using alliance::day_count;
using alliance::day_span;
using alliance::organisation_id;
using alliance::party_id;
using alliance::status;
using alliance::status_reading;

std::int32_t count_of(date::sys_days d) { return d.time_since_epoch().count(); }

// --- the baselines -------------------------------------------------------------

// naive: one flat struct per period, keys already numbers.
struct naive_period {
    std::uint32_t organisation;
    std::uint32_t party;
    std::int32_t certain_first, certain_end;    // days the status certainly holds
    std::int32_t possible_first, possible_end;  // days it may hold
    status what;
};

naive_period to_naive(const alliance::period& p, std::uint32_t o, std::uint32_t q) {
    using namespace alliance::detail;
    return {o, q, count_of(start_latest(p.from)), count_of(end_earliest(p.to)), count_of(start_earliest(p.from)),
            count_of(end_latest(p.to)), p.status};
}

status_reading naive_status(const std::vector<naive_period>& all, std::uint32_t o, std::uint32_t p, std::int32_t d) {
    bool possible = false;
    for (const naive_period& n : all) {
        if (n.organisation != o || n.party != p || alliance::layer_of(n.what) != alliance::layer::standing) continue;
        if (n.certain_first <= d && d < n.certain_end) return n.what;
        if (n.possible_first <= d && d < n.possible_end) possible = true;
    }
    return possible ? status_reading::unknown() : status_reading{status::none};
}

// icl: per (organisation, party) two plain interval maps, all defaults: the
// certain days with the status as a bit, and a count of periods that may hold.
using icl_map = boost::icl::interval_map<day_count, unsigned>;
struct icl_cell {
    icl_map certain;
    icl_map possible;
};

void add_to(icl_cell& cell, const alliance::period& p) {
    using namespace alliance::detail;
    if (alliance::layer_of(p.status) != alliance::layer::standing) return;  // the standing alone, as status() answers
    const auto lo = alliance::to_day_count(start_latest(p.from)), hi = alliance::to_day_count(end_earliest(p.to));
    if (lo < hi) cell.certain.add({icl_map::interval_type::right_open(lo, hi), alliance::bit(p.status)});
    const auto plo = alliance::to_day_count(start_earliest(p.from)), phi = alliance::to_day_count(end_latest(p.to));
    if (plo < phi) cell.possible.add({icl_map::interval_type::right_open(plo, phi), 1u});
}

status_reading icl_status(const icl_cell& cell, day_count d) {
    if (const auto it = cell.certain.find(d); it != cell.certain.end())
        return static_cast<status>(__builtin_ctz(it->second));
    if (cell.possible.find(d) != cell.possible.end()) return status_reading::unknown();
    return status::none;
}

// icl_set: per organisation, the certain members (as key ranks) on each day.
using icl_set_map = boost::icl::interval_map<day_count, std::set<std::uint32_t>>;

void add_to(icl_set_map& m, const alliance::period& p, std::uint32_t rank) {
    if (p.status != status::member) return;
    using namespace alliance::detail;
    const auto lo = alliance::to_day_count(start_latest(p.from)), hi = alliance::to_day_count(end_earliest(p.to));
    if (lo < hi) m.add({icl_set_map::interval_type::right_open(lo, hi), std::set<std::uint32_t>{rank}});
}

// --- a scale: its data, its queries, its baselines ------------------------------------

struct status_query {
    std::uint32_t organisation, party;
    date::sys_days day;
};
struct members_query {
    std::uint32_t organisation;
    date::sys_days day;
};
struct overlap_query {
    std::uint32_t organisation, a, b;
};
struct dyad_count {
    std::uint32_t a, b;  // key ranks, a < b
    int year;
    std::uint32_t organisations;
};

struct scale {
    std::string name;
    std::string unavailable;  // why the scale cannot run; empty when it can
    std::unique_ptr<alliance::registry> r;
    std::vector<alliance::period> shuffled;  // the primary periods, in a fixed random order
    std::vector<std::pair<std::uint32_t, std::uint32_t>> shuffled_ids;  // their (organisation, party) ids
    std::size_t parties = 0, organisations = 0;
    std::vector<std::uint32_t> rank, by_rank;     // party id <-> position in key order
    std::vector<std::vector<std::uint32_t>> parties_of;  // per organisation, its parties in key order
    int first_year = 0, last_year = 0;

    std::vector<status_query> status_queries;
    std::vector<members_query> members_queries;
    std::vector<overlap_query> overlap_queries;

    std::optional<alliance::query_index> index;
    std::vector<naive_period> naive;
    std::vector<icl_cell> icl;                       // dense, organisation * parties + party
    std::optional<std::vector<icl_set_map>> icl_set;  // per organisation; built on first use, large
};

void prepare(scale& s, std::uint32_t seed, std::size_t status_count, std::size_t members_count,
             std::size_t overlap_count) {
    const alliance::registry& r = *s.r;
    s.organisations = r.organisation_count();
    s.parties = r.party_count();
    for (const auto& p : r.periods())
        if (p.reading == alliance::reading::primary) s.shuffled.push_back(p);
    std::shuffle(s.shuffled.begin(), s.shuffled.end(), std::mt19937{seed});
    for (const auto& p : s.shuffled) s.shuffled_ids.emplace_back(r.organisation(p.organisation).value, r.party(p.party).value);

    s.rank.assign(s.parties, 0);
    for (const auto p : r.parties()) s.by_rank.push_back(p.value);
    for (std::uint32_t k = 0; k < s.by_rank.size(); ++k) s.rank[s.by_rank[k]] = k;
    s.parties_of.resize(s.organisations);
    for (std::uint32_t o = 0; o < s.organisations; ++o)
        for (const auto p : r.parties_of(organisation_id{o})) s.parties_of[o].push_back(p.value);

    // The years the data speaks of (the panels' default rule).
    s.first_year = 9999;
    s.last_year = 1;
    for (const auto& p : s.shuffled)
        for (const alliance::boundary* b : {&p.from, &p.to})
            if (!b->is_open()) {
                s.first_year = std::min(s.first_year, static_cast<int>(b->stated().year()));
                s.last_year = std::max(s.last_year, static_cast<int>(b->stated().year()));
            }

    // Queries: cells that hold periods, days across the data's years.
    std::mt19937 rng{seed + 1};
    std::vector<std::pair<organisation_id, party_id>> cells;
    for (const auto& entry : r.timelines()) cells.push_back(entry.first);
    const date::sys_days day0{date::year{s.first_year} / 1 / 1};
    const auto span = static_cast<std::uint32_t>((date::sys_days{date::year{s.last_year} / 12 / 31} - day0).count() + 1);
    const auto random_day = [&] { return day0 + date::days{static_cast<int>(rng() % span)}; };
    for (std::size_t i = 0; i < status_count; ++i) {
        const auto c = cells[rng() % cells.size()];
        s.status_queries.push_back({c.first.value, c.second.value, random_day()});
    }
    for (std::size_t i = 0; i < members_count; ++i)
        s.members_queries.push_back({cells[rng() % cells.size()].first.value, random_day()});
    for (std::size_t i = 0; i < overlap_count; ++i) {
        const auto c = cells[rng() % cells.size()];
        const auto& ps = s.parties_of[c.first.value];
        s.overlap_queries.push_back({c.first.value, ps[rng() % ps.size()], ps[rng() % ps.size()]});
    }

    // The structures the query benchmarks read.
    s.index.emplace(alliance::query_index::from(r));
    for (std::size_t i = 0; i < s.shuffled.size(); ++i)
        s.naive.push_back(to_naive(s.shuffled[i], s.shuffled_ids[i].first, s.shuffled_ids[i].second));
    s.icl.resize(s.organisations * s.parties);
    for (std::size_t i = 0; i < s.shuffled.size(); ++i)
        add_to(s.icl[s.shuffled_ids[i].first * s.parties + s.shuffled_ids[i].second], s.shuffled[i]);
}

std::vector<icl_set_map> build_icl_set(const scale& s) {
    std::vector<icl_set_map> maps(s.organisations);
    for (std::size_t i = 0; i < s.shuffled.size(); ++i)
        add_to(maps[s.shuffled_ids[i].first], s.shuffled[i], s.rank[s.shuffled_ids[i].second]);
    return maps;
}

const std::vector<icl_set_map>& icl_set_of(scale& s) {
    if (!s.icl_set) s.icl_set = build_icl_set(s);
    return *s.icl_set;
}

// --- the benchmarks ------------------------------------------------------------

// The baselines answer "which status, or undecided" without naming an
// unknown's candidates: compare on that much.
inline bool same_answer(const status_reading& a, const status_reading& b) {
    return a.known() == b.known() && a.value() == b.value();
}
template <class T>
bool same_answer(const T& a, const T& b) {
    return a == b;
}

template <class T>
double agreement(const std::vector<T>& mine, const std::vector<T>& theirs) {
    if (mine.size() != theirs.size() || mine.empty()) return 0.0;
    std::size_t same = 0;
    for (std::size_t i = 0; i < mine.size(); ++i) same += same_answer(mine[i], theirs[i]) ? 1u : 0u;
    return static_cast<double>(same) / static_cast<double>(mine.size());
}

std::vector<status_reading> status_answers(const scale& s) {
    std::vector<status_reading> out;
    for (const auto& q : s.status_queries)
        out.push_back(s.index->status_of(organisation_id{q.organisation}, party_id{q.party}, q.day));
    return out;
}

void status_bench(benchmark::State& state, scale& s, const std::string& impl) {
    const auto& qs = s.status_queries;
    std::vector<status_reading> answers(qs.size(), status_reading::unknown());
    const auto& ix = *s.index;
    std::vector<std::size_t> cells;
    std::vector<std::string> org_keys, party_keys;
    for (const auto& q : qs) {
        cells.push_back(ix.cell(organisation_id{q.organisation}, party_id{q.party}));
        org_keys.emplace_back(ix.key(organisation_id{q.organisation}));
        party_keys.emplace_back(ix.key(party_id{q.party}));
    }
    for (auto _ : state) {
        if (impl == "alliance") {
            for (std::size_t i = 0; i < qs.size(); ++i)
                answers[i] = ix.status_of(organisation_id{qs[i].organisation}, party_id{qs[i].party}, qs[i].day);
        } else if (impl == "alliance_internal") {
            for (std::size_t i = 0; i < qs.size(); ++i) answers[i] = ix.cell_status(cells[i], count_of(qs[i].day));
        } else if (impl == "alliance_keys") {
            for (std::size_t i = 0; i < qs.size(); ++i) answers[i] = ix.status_of(org_keys[i], party_keys[i], qs[i].day);
        } else if (impl == "naive") {
            for (std::size_t i = 0; i < qs.size(); ++i)
                answers[i] = naive_status(s.naive, qs[i].organisation, qs[i].party, count_of(qs[i].day));
        } else {
            for (std::size_t i = 0; i < qs.size(); ++i)
                answers[i] = icl_status(s.icl[qs[i].organisation * s.parties + qs[i].party], alliance::to_day_count(qs[i].day));
        }
        benchmark::DoNotOptimize(answers.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * qs.size()));
    state.counters["agreement"] = agreement(status_answers(s), answers);
}

void members_of(const scale& s, const std::string& impl, const members_query& q, std::vector<party_id>& out,
                std::vector<std::uint32_t>& scratch) {
    out.clear();
    if (impl == "alliance") {
        s.index->members_on(organisation_id{q.organisation}, q.day, out);
    } else if (impl == "naive") {
        scratch.clear();
        const auto d = count_of(q.day);
        for (const naive_period& n : s.naive)
            if (n.organisation == q.organisation && n.what == status::member && n.certain_first <= d && d < n.certain_end)
                scratch.push_back(s.rank[n.party]);
        std::sort(scratch.begin(), scratch.end());
        scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
        for (const auto k : scratch) out.push_back(party_id{s.by_rank[k]});
    } else if (impl == "icl") {
        const auto d = alliance::to_day_count(q.day);
        for (const auto p : s.parties_of[q.organisation])
            if (icl_status(s.icl[q.organisation * s.parties + p], d) == status_reading{status::member})
                out.push_back(party_id{p});
    } else {
        const auto& m = (*s.icl_set)[q.organisation];
        if (const auto it = m.find(alliance::to_day_count(q.day)); it != m.end())
            for (const auto k : it->second) out.push_back(party_id{s.by_rank[k]});
    }
}

void members_bench(benchmark::State& state, scale& s, const std::string& impl) {
    if (impl == "icl_set") (void)icl_set_of(s);
    std::vector<party_id> out;
    std::vector<std::uint32_t> scratch;
    std::size_t listed = 0;
    for (auto _ : state) {
        listed = 0;
        for (const auto& q : s.members_queries) {
            members_of(s, impl, q, out, scratch);
            listed += out.size();
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.members_queries.size()));
    std::size_t same = 0;
    std::vector<party_id> mine;
    for (const auto& q : s.members_queries) {
        members_of(s, impl, q, out, scratch);
        members_of(s, "alliance", q, mine, scratch);
        same += out == mine ? 1u : 0u;
    }
    state.counters["agreement"] = static_cast<double>(same) / static_cast<double>(s.members_queries.size());
    state.counters["members_per_query"] = static_cast<double>(listed) / static_cast<double>(s.members_queries.size());
}

void overlap_of(const scale& s, const std::string& impl, const overlap_query& q, std::vector<day_span>& out,
                std::vector<day_span>& a, std::vector<day_span>& b) {
    out.clear();
    const auto span_of = [](std::int32_t first, std::int32_t end) {
        return day_span{alliance::to_sys_days(day_count{first}), alliance::to_sys_days(day_count{end})};
    };
    if (impl == "alliance") {
        s.index->overlap(organisation_id{q.organisation}, party_id{q.a}, party_id{q.b}, out);
    } else if (impl == "naive") {
        a.clear();
        b.clear();
        for (const naive_period& n : s.naive) {
            if (n.organisation != q.organisation || n.what != status::member || n.certain_first >= n.certain_end) continue;
            if (n.party == q.a) a.push_back(span_of(n.certain_first, n.certain_end));
            if (n.party == q.b) b.push_back(span_of(n.certain_first, n.certain_end));
        }
        for (const auto& x : a)
            for (const auto& y : b)
                if (std::max(x.first, y.first) < std::min(x.end, y.end))
                    out.push_back({std::max(x.first, y.first), std::min(x.end, y.end)});
        std::sort(out.begin(), out.end(), [](const day_span& x, const day_span& y) { return x.first < y.first; });
        std::size_t kept = 0;  // join touching spans, as a day set would
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (kept > 0 && out[kept - 1].end >= out[i].first)
                out[kept - 1].end = std::max(out[kept - 1].end, out[i].end);
            else
                out[kept++] = out[i];
        }
        out.resize(kept);
    } else {
        const auto member_days = [&](std::uint32_t p) {
            alliance::day_set days;
            for (const auto& seg : s.icl[q.organisation * s.parties + p].certain)
                if (seg.second == alliance::bit(status::member)) days.add(seg.first);
            return days;
        };
        const alliance::day_set both = member_days(q.a) & member_days(q.b);
        for (const auto& i : both)
            out.push_back({alliance::to_sys_days(boost::icl::first(i)), alliance::to_sys_days(boost::icl::last_next(i))});
    }
}

void overlap_bench(benchmark::State& state, scale& s, const std::string& impl) {
    std::vector<day_span> out, a, b;
    for (auto _ : state)
        for (const auto& q : s.overlap_queries) {
            overlap_of(s, impl, q, out, a, b);
            benchmark::DoNotOptimize(out.data());
        }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.overlap_queries.size()));
    std::size_t same = 0;
    std::vector<day_span> mine;
    for (const auto& q : s.overlap_queries) {
        overlap_of(s, impl, q, out, a, b);
        overlap_of(s, "alliance", q, mine, a, b);
        same += std::equal(out.begin(), out.end(), mine.begin(), mine.end(),
                           [](const day_span& x, const day_span& y) { return x.first == y.first && x.end == y.end; })
                    ? 1u
                    : 0u;
    }
    state.counters["agreement"] = static_cast<double>(same) / static_cast<double>(s.overlap_queries.size());
}

// Builds from the shuffled periods, keys included (every IMPL maps keys to its cells itself).
void build_bench(benchmark::State& state, scale& s, const std::string& impl) {
    // Builds once; returns what releases the result.
    const auto build = [&]() -> std::function<void()> {
        std::function<void()> release;
        if (impl == "alliance") {
            auto ix = std::make_shared<alliance::query_index>(alliance::query_index::build(s.shuffled));
            benchmark::DoNotOptimize(ix.get());
            release = [ix]() mutable { ix.reset(); };
        } else if (impl == "registry") {
            auto reg = std::make_shared<alliance::registry>();
            for (const auto& p : s.shuffled) {
                if (!reg->find_organisation(p.organisation)) reg->add_organisation(p.organisation, {});
                if (!reg->find_party(p.party)) reg->add_party(p.party, {});
                reg->add(p);
            }
            benchmark::DoNotOptimize(reg.get());
            release = [reg]() mutable { reg.reset(); };
        } else {
            std::unordered_map<std::string_view, std::uint32_t> orgs, parties;
            const auto id = [](std::unordered_map<std::string_view, std::uint32_t>& ids, std::string_view k) {
                return ids.emplace(k, static_cast<std::uint32_t>(ids.size())).first->second;
            };
            if (impl == "naive") {
                auto v = std::make_shared<std::vector<naive_period>>();
                v->reserve(s.shuffled.size());
                for (const auto& p : s.shuffled) v->push_back(to_naive(p, id(orgs, p.organisation), id(parties, p.party)));
                benchmark::DoNotOptimize(v->data());
                release = [v]() mutable { v.reset(); };
            } else if (impl == "icl") {
                auto cells = std::make_shared<std::unordered_map<std::uint64_t, icl_cell>>();
                for (const auto& p : s.shuffled) {
                    const std::uint64_t key = std::uint64_t{id(orgs, p.organisation)} << 32 | id(parties, p.party);
                    add_to((*cells)[key], p);
                }
                benchmark::DoNotOptimize(cells.get());
                release = [cells]() mutable { cells.reset(); };
            } else {
                auto maps = std::make_shared<std::vector<icl_set_map>>(build_icl_set(s));
                benchmark::DoNotOptimize(maps.get());
                // Kept for members/icl_set and dyad_year/icl_set rather than built again.
                release = [maps, &s]() mutable { s.icl_set = std::move(*maps); };
            }
        }
        return release;
    };
    // One untimed build first, so that every timed one finds the allocator
    // as a program that builds more than once does (a run at synthetic scale
    // may have a single iteration). Not for icl_set beyond csto: it takes
    // seconds, and is timed once.
    if (impl != "icl_set" || s.name == "csto") build()();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::size_t before = live_bytes.load();
        std::function<void()> release = build();
        bytes = live_bytes.load() - before;
        state.PauseTiming();
        release = nullptr;  // destruction is not part of building
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.shuffled.size()));
    state.counters["bytes_per_period"] = static_cast<double>(bytes) / static_cast<double>(s.shuffled.size());
}

// The dyad-year table: per pair of parties and year, the organisations both
// certainly belong to on 31 December.
void dyad_years(scale& s, const std::string& impl, std::vector<dyad_count>& out) {
    out.clear();
    const std::size_t n = s.parties;
    std::vector<std::uint32_t> counts(n * n, 0);
    std::vector<std::uint32_t> members, touched;
    const auto pairs = [&](int year) {  // counts -> rows, in (a, b) order, then reset
        std::sort(touched.begin(), touched.end());
        for (const auto cell : touched) {
            out.push_back({static_cast<std::uint32_t>(cell / n), static_cast<std::uint32_t>(cell % n), year, counts[cell]});
            counts[cell] = 0;
        }
        touched.clear();
    };
    const auto count_pairs = [&] {  // `members` are key ranks, ascending
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                const std::size_t cell = members[i] * n + members[j];
                if (counts[cell]++ == 0) touched.push_back(static_cast<std::uint32_t>(cell));
            }
    };
    for (int y = s.first_year; y <= s.last_year; ++y) {
        const date::sys_days ref{date::year{y} / 12 / 31};
        const auto d = count_of(ref);
        if (impl == "naive") {
            std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;  // (organisation, rank)
            for (const naive_period& p : s.naive)
                if (p.what == status::member && p.certain_first <= d && d < p.certain_end)
                    hits.emplace_back(p.organisation, s.rank[p.party]);
            std::sort(hits.begin(), hits.end());
            for (std::size_t i = 0; i < hits.size();) {
                members.clear();
                const auto o = hits[i].first;
                for (; i < hits.size() && hits[i].first == o; ++i)
                    if (members.empty() || members.back() != hits[i].second) members.push_back(hits[i].second);
                count_pairs();
            }
        } else if (impl == "icl") {
            for (std::uint32_t o = 0; o < s.organisations; ++o) {
                members.clear();
                for (const auto p : s.parties_of[o])
                    if (icl_status(s.icl[o * s.parties + p], alliance::to_day_count(ref)) == status_reading{status::member})
                        members.push_back(s.rank[p]);
                count_pairs();
            }
        } else {
            for (const auto& m : *s.icl_set) {
                const auto it = m.find(alliance::to_day_count(ref));
                if (it == m.end()) continue;
                members.assign(it->second.begin(), it->second.end());
                count_pairs();
            }
        }
        pairs(y);
    }
}

void dyad_year_bench(benchmark::State& state, scale& s, const std::string& impl) {
    alliance::panel_options years;
    years.first_year = s.first_year;
    years.last_year = s.last_year;
    const auto reference = alliance::dyad_year_counts_by_id(*s.r, years);
    if (impl == "icl_set") (void)icl_set_of(s);
    // Each implementation writes into storage reused from one iteration to the
    // next, sized by one untimed call first: otherwise a run of one iteration
    // (a slow baseline at synthetic scale) would time allocating and first
    // touching a table of millions of rows rather than computing it.
    std::vector<alliance::dyad_year_count> by_id;
    std::vector<dyad_count> table;
    const auto run = [&]() -> std::size_t {  // the rows of one table
        if (impl == "alliance") {
            alliance::dyad_year_counts_by_id(*s.index, years, by_id);
            benchmark::DoNotOptimize(by_id.data());
            return by_id.size();
        }
        if (impl == "alliance_keys") {  // a new table of keyed rows each time, as the function returns
            const auto keyed = alliance::dyad_year_counts(*s.index, years);
            benchmark::DoNotOptimize(keyed.data());
            return keyed.size();
        }
        dyad_years(s, impl, table);
        benchmark::DoNotOptimize(table.data());
        return table.size();
    };
    std::size_t rows = run();
    for (auto _ : state) rows = run();
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * reference.size()));
    state.counters["rows"] = static_cast<double>(rows);
    // The tables of the last iteration, checked against the registry's.
    if (impl == "alliance") state.counters["agreement"] = by_id == reference ? 1.0 : 0.0;
    if (impl != "alliance" && impl != "alliance_keys") {
        // Same rows and counts as the library's (certain counts; the library also lists possible ones).
        std::size_t same = 0, listed = 0;
        std::map<std::tuple<std::uint32_t, std::uint32_t, int>, std::uint32_t> theirs;
        for (const auto& row : table) theirs[{row.a, row.b, row.year}] = row.organisations;
        for (const auto& row : reference) {
            if (row.certain == 0) continue;
            ++listed;
            const auto it = theirs.find({s.rank[row.party1.value], s.rank[row.party2.value], row.year});
            same += it != theirs.end() && it->second == row.certain ? 1u : 0u;
        }
        state.counters["agreement"] =
            listed == theirs.size() && listed > 0 ? static_cast<double>(same) / static_cast<double>(listed) : 0.0;
    }
    if (impl == "icl_set" && s.name != "csto") s.icl_set.reset();  // the largest structure; not needed further
}

// --- the scales ----------------------------------------------------------------

std::string shared_dir() {
    if (const char* env = std::getenv("ALLIANCE_SHARED_DIR")) return env;
    return ALLIANCE_SHARED_DIR;
}

std::unique_ptr<scale> make_scale(const std::string& name) {
    auto s = std::make_unique<scale>();
    s->name = name;
    try {
        if (name == "csto") {
            s->r = std::make_unique<alliance::registry>(alliance::data::csto_registry());
            prepare(*s, 1, 4096, 1024, 1024);
        } else if (name == "synthetic") {
            s->r = std::make_unique<alliance::registry>(alliance::synthetic::make_registry(2024));
            prepare(*s, 2, 65536, 256, 1024);
        } else if (name == "one_party") {
            // Day-precise one-day periods two days apart, member and observer in turn.
            auto r = std::make_unique<alliance::registry>();
            r->add_organisation("ORG", "One organisation");
            r->add_party("P", "One party");
            const date::sys_days day0{date::year{1800} / 1 / 1};
            for (int i = 0; i < 1000000; ++i) {
                const date::sys_days d = day0 + date::days{2 * i};
                r->add({"ORG", "P", i % 2 == 0 ? alliance::status::member : alliance::status::observer,
                        alliance::partial_date{date::year_month_day{d}},
                        alliance::boundary{alliance::partial_date{date::year_month_day{d + date::days{1}}}}});
            }
            s->r = std::move(r);
            prepare(*s, 4, 4096, 256, 256);
        } else {
            const std::string path = shared_dir() + "/data/cow-igo-v3/state_year_formatv3.csv";
#ifdef ALLIANCE_BENCH_HAVE_IO
            if (!std::ifstream(path)) {
                s->unavailable = "the COW IGO v3 data is not at " + path;
                return s;
            }
            s->r = std::make_unique<alliance::registry>(alliance::io::read_file(path));
            prepare(*s, 3, 2048, 512, 1024);
#else
            s->unavailable = "this build has no file reader (alliance/io/read.hpp) for " + path;
#endif
        }
    } catch (const std::exception& e) {
        s->unavailable = std::string("the ") + name + " scale could not be prepared: " + e.what();
        s->r.reset();
    }
    return s;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef M_MMAP_THRESHOLD
    // Large arrays from the heap, and freed memory kept for the next
    // iteration, as in a long-running program. Otherwise glibc maps each
    // array above its (adaptive) threshold afresh and unmaps it on free, so
    // that an implementation built of a few large arrays pays page faults in
    // its early iterations that later ones do not, and its average depends
    // on how many iterations the framework happens to run.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    std::vector<std::unique_ptr<scale>> scales;
    for (const char* name : {"csto", "synthetic", "igo", "one_party"}) {
        scales.push_back(make_scale(name));
        const scale& s = *scales.back();
        if (!s.unavailable.empty())
            std::cerr << "alliance_bench: skipping " << name << ": " << s.unavailable << "\n";
        else
            std::cerr << "alliance_bench: " << name << ": " << s.shuffled.size() << " periods, " << s.organisations
                      << " organisations, " << s.parties << " parties, years " << s.first_year << "-" << s.last_year
                      << "\n";
    }

    using bench_fn = void (*)(benchmark::State&, scale&, const std::string&);
    const std::vector<std::tuple<std::string, bench_fn, std::vector<std::string>>> queries{
        {"build", build_bench, {"alliance", "registry", "naive", "icl", "icl_set"}},
        {"status", status_bench, {"alliance", "alliance_internal", "alliance_keys", "naive", "icl"}},
        {"members", members_bench, {"alliance", "naive", "icl", "icl_set"}},
        {"overlap", overlap_bench, {"alliance", "naive", "icl"}},
        {"dyad_year", dyad_year_bench, {"alliance", "alliance_keys", "naive", "icl", "icl_set"}},
    };
    for (const auto& s : scales)
        for (const auto& [query, fn, impls] : queries)
            for (const auto& impl : impls) {
                // A single party: only building tells anything there.
                if (s->name == "one_party" && (query != "build" || impl == "icl_set")) continue;
                scale* target = s.get();
                const bench_fn run = fn;
                const std::string name = query + "/" + impl + "/" + s->name;
                auto* b = benchmark::RegisterBenchmark(name.c_str(), [target, run, impl](benchmark::State& state) {
                    if (!target->unavailable.empty()) {
                        state.SkipWithError(target->unavailable.c_str());
                        for (auto _ : state) {
                        }
                        return;
                    }
                    run(state, *target, impl);
                });
                b->Unit(benchmark::kMicrosecond);
                // The slow baselines and the big builds: one timed pass is enough.
                if ((impl == "naive" && s->name != "csto") || (query == "build" && impl == "icl_set" && s->name != "csto"))
                    b->Iterations(1);
            }

    benchmark::AddCustomContext("alliance_note", "ratios of one run count; lone times on a shared machine do not");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
