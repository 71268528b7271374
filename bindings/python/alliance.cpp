// The Python module `alliance`: the library's questions asked from Python.
//
//   import alliance
//   alliance.status("CSTO", "UZB", "2010-01-01")        # 'member' (the embedded CSTO dataset)
//   r = alliance.read("state_year_formatv3.csv")        # a Registry, any format io::read_file knows
//   r.members("NATO", datetime.date(1985, 6, 30))
//
// Thin over the headers: every answer is the library's (status_of,
// members_on, for_each_panel_row, for_each_dyad_year_count, the crosswalk of
// data/codes.hpp, io::read_file); this file only converts days, keys and
// tables between Python and C++. Module-level functions answer from the
// embedded CSTO dataset (data::csto_registry()), a Registry's methods from
// its file. Licence: the module compiles in the GPL-3 country-code table of
// data/codes.hpp (derived from countrycode), so the built module is
// distributed under the GPL version 3; this source, like the library, is MIT.
#include <alliance/alliance.hpp>
#include <alliance/data/codes.hpp>
#include <alliance/data/csto.hpp>
#include <alliance/io/cow_alliance.hpp>  // member_value
#include <alliance/io/read.hpp>
#include <alliance/panel.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <datetime.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

// --- the one place an answer becomes text -------------------------------------

// The text of a status answer, as the program's `status` prints its first
// word: "member", "none", "unknown", ... Every status the module gives out
// (status, status_many, the panels' status column) is made here, so that
// what a reading says (its participation, the candidates of an unknown
// answer) is added in one place.
std::string status_text(alliance::status_reading reading) { return std::string(alliance::to_string(reading)); }

// The panels' 0/1 columns: 1, 0, or None where the sources leave it undecided.
py::object one_zero_none(alliance::answer a) {
    if (a == alliance::answer::unknown) return py::none();
    return py::int_(a == alliance::answer::yes ? 1 : 0);
}

// --- days ------------------------------------------------------------------------

// The days a question may name: those of partial_date, 0001-01-01 to 9999-12-31.
constexpr std::int64_t first_day = -719162;  // 0001-01-01, in days since 1970-01-01
constexpr std::int64_t last_day = 2932896;   // 9999-12-31

// Day `i` of a datetime64[D] array, from its count of days since 1970-01-01.
date::sys_days day_from_count(std::int64_t count, std::size_t i) {
    if (count < first_day || count > last_day) {
        const std::string what = "days[" + std::to_string(i) + "]";
        if (count == std::numeric_limits<std::int64_t>::min()) throw py::value_error(what + " is NaT, not a day");
        throw py::value_error(what + " is outside the days 0001-01-01 to 9999-12-31");
    }
    return date::sys_days{date::days{static_cast<int>(count)}};
}

// A day given as datetime.date or as 'YYYY-MM-DD' (a day that exists).
date::sys_days day_from(py::handle day, const char* what = "day") {
    if (py::isinstance<py::str>(day)) {
        const auto text = day.cast<std::string>();
        const auto parsed = alliance::try_parse_partial_date(text);
        const auto fail = [&](std::string_view why) {
            return py::value_error(std::string(what) + " '" + text + "' is not a date: " + std::string(why) +
                                   " (expected YYYY-MM-DD)");
        };
        if (!parsed) throw fail(parsed.problem);
        if (parsed.value.precision() != alliance::precision::day) throw fail("a day is needed, not a year or a month");
        return parsed.value.earliest();
    }
    // A datetime has a time and maybe a zone: which day it stands for is the caller's choice (.date()).
    if (PyDateTime_Check(day.ptr()))
        throw py::type_error(std::string(what) + " must be a datetime.date or a 'YYYY-MM-DD' string, not a "
                             "datetime.datetime (pass its .date())");
    if (PyDate_Check(day.ptr())) {
        const int y = PyDateTime_GET_YEAR(day.ptr());
        const auto m = static_cast<unsigned>(PyDateTime_GET_MONTH(day.ptr()));
        const auto d = static_cast<unsigned>(PyDateTime_GET_DAY(day.ptr()));
        return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
    }
    throw py::type_error(std::string(what) + " must be a datetime.date or a 'YYYY-MM-DD' string, not " +
                         py::str(py::type::handle_of(day).attr("__name__")).cast<std::string>());
}

// --- keys, one or one per day -------------------------------------------------------

// An argument of status_many() that is one key or one key per day, resolved to ids.
template <class Id>
class key_ids {
public:
    template <class Find>
    key_ids(py::handle given, std::size_t days, const char* what, Find find) {
        if (py::isinstance<py::str>(given)) {
            ids_.push_back(find(given.cast<std::string>(), what));
            return;
        }
        const py::list items(py::hasattr(given, "tolist") ? given.attr("tolist")() : py::reinterpret_borrow<py::object>(given));
        if (items.size() != days)
            throw py::value_error(std::string(what) + " has " + std::to_string(items.size()) + " keys for " +
                                  std::to_string(days) + " days: give one key, or one per day");
        ids_.reserve(days);
        std::unordered_map<std::string, Id> seen;  // each distinct key is looked up once
        for (std::size_t i = 0; i < days; ++i) {
            const auto where = [&] { return std::string(what) + "[" + std::to_string(i) + "]"; };
            if (!py::isinstance<py::str>(items[i]))
                throw py::type_error(where() + " must be a str, not " +
                                     py::str(py::type::handle_of(items[i]).attr("__name__")).cast<std::string>());
            auto key = items[i].cast<std::string>();
            auto hit = seen.find(key);
            if (hit == seen.end()) hit = seen.emplace(key, find(key, where().c_str())).first;
            ids_.push_back(hit->second);
        }
    }
    [[nodiscard]] Id operator[](std::size_t i) const { return ids_.size() == 1 ? ids_.front() : ids_[i]; }

private:
    std::vector<Id> ids_;
};

// The registry's lookups, with the argument named in the error: "party[3]: unknown party 'XYZ'".
alliance::organisation_id organisation_named(const alliance::registry& r, const std::string& key, const char* what) {
    if (const auto id = r.find_organisation(key)) return *id;
    throw alliance::error(alliance::errc::unknown_organisation, "alliance.organisation.unknown",
                          std::string(what) + ": unknown organisation '" + key + "'");
}

alliance::party_id party_named(const alliance::registry& r, const std::string& key, const char* what) {
    if (const auto id = r.find_party(key)) return *id;
    throw alliance::error(alliance::errc::unknown_party, "alliance.party.unknown",
                          std::string(what) + ": unknown party '" + key + "'");
}

// --- the questions, on any registry ---------------------------------------------------

std::string status(const alliance::registry& r, const std::string& org, const std::string& party, py::handle day) {
    return status_text(alliance::status_of(r, org, party, day_from(day)));
}

std::string participation(const alliance::registry& r, const std::string& org, const std::string& party,
                          py::handle day) {
    return status_text(alliance::participation_of(r, org, party, day_from(day)));
}

std::vector<std::string> members(const alliance::registry& r, const std::string& org, py::handle day) {
    const auto keys = alliance::members_on(r, org, day_from(day));
    return {keys.begin(), keys.end()};
}

py::array status_many(const alliance::registry& r, py::handle org, py::handle party, py::handle days) {
    const auto numpy = py::module_::import("numpy");
    if (!py::isinstance<py::array>(days) || !numpy.attr("dtype")("datetime64[D]").equal(days.attr("dtype")))
        throw py::type_error("days must be a numpy array of dtype datetime64[D] (e.g. numpy.array(['2010-01-01'], "
                             "dtype='datetime64[D]'), or an array's .astype('datetime64[D]')), not " +
                             py::str(py::hasattr(days, "dtype") ? days.attr("dtype") : py::type::handle_of(days))
                                 .cast<std::string>());
    const py::array_t<std::int64_t> counts = days.attr("ravel")().attr("view")("int64");
    const auto n = static_cast<std::size_t>(counts.size());
    const key_ids<alliance::organisation_id> org_ids(org, n, "org", [&](const std::string& k, const char* w) {
        return organisation_named(r, k, w);
    });
    const key_ids<alliance::party_id> party_ids(party, n, "party", [&](const std::string& k, const char* w) {
        return party_named(r, k, w);
    });

    // One pass: each day's reading, and the text of each distinct reading made
    // once and shared (the previous day's is tried first: answers come in runs).
    const auto in = counts.unchecked<1>();
    py::array out = numpy.attr("empty")(days.attr("shape"), "object");
    auto* cells = static_cast<PyObject**>(out.mutable_data());
    std::vector<std::pair<alliance::status_reading, py::str>> texts;
    std::size_t last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto day = day_from_count(in(static_cast<py::ssize_t>(i)), i);
        const auto reading = alliance::status_of(r, org_ids[i], party_ids[i], day);
        if (last >= texts.size() || texts[last].first != reading) {
            last = 0;
            while (last < texts.size() && texts[last].first != reading) ++last;
            if (last == texts.size()) texts.emplace_back(reading, py::str(status_text(reading)));
        }
        PyObject* previous = cells[i];
        cells[i] = texts[last].second.inc_ref().ptr();
        Py_XDECREF(previous);
    }
    return out;
}

// --- panels ---------------------------------------------------------------------------

namespace codes = alliance::data::codes;

// The code schemes of `codes=`: None, a list of names, or one comma-separated str ("cown,iso3c").
std::vector<codes::scheme> schemes_from(py::handle given) {
    std::vector<codes::scheme> out;
    if (given.is_none()) return out;
    std::vector<std::string> names;
    if (py::isinstance<py::str>(given)) {
        const auto list = given.cast<std::string>();
        for (std::size_t from = 0;;) {
            const auto comma = list.find(',', from);
            names.push_back(list.substr(from, comma - from));
            if (comma == std::string::npos) break;
            from = comma + 1;
        }
    } else {
        for (const auto item : given) names.push_back(py::cast<std::string>(item));
    }
    for (const auto& name : names) out.push_back(codes::scheme_named(name));
    return out;
}

// The code columns after one party column ("party_cown", "party1_iso3c"),
// None where a state held no code: numbers (cown, gwn, iso3n) as Int32, letters and names as str.
void put_codes(py::dict& columns, const std::string& prefix, const codes::row_codes& codes) {
    const auto pandas = py::module_::import("pandas");
    for (std::size_t k = 0; k < codes.columns().size(); ++k) {
        const auto s = codes.schemes()[k];
        const bool number = s == codes::scheme::cown || s == codes::scheme::gwn || s == codes::scheme::iso3n;
        py::list cells;
        for (const auto& c : codes.columns()[k]) {
            if (!c) cells.append(py::none());
            else if (number) cells.append(c->number);
            else cells.append(c->text());
        }
        const auto name = prefix + "_" + std::string(codes::to_string(s));
        columns[name.c_str()] = number ? pandas.attr("array")(cells, py::arg("dtype") = "Int32") : py::object(cells);
    }
}

py::object int32_column(const std::vector<int>& values) {
    return py::array(py::cast(values)).attr("astype")("int32");
}

alliance::panel_options years_of(std::optional<int> start, std::optional<int> end) {
    if (start && end && *end < *start)
        throw py::value_error("end " + std::to_string(*end) + " is before start " + std::to_string(*start));
    alliance::panel_options options;
    options.first_year = start;
    options.last_year = end;
    return options;
}

// The program's `panel ORG`: every unit, rule and frame (alliance/panel.hpp), with the same columns.
py::object panel(const alliance::registry& r, const std::string& org, const std::string& unit,
                 std::optional<int> start, std::optional<int> end, const std::string& rule, const std::string& frame,
                 py::handle codes_given) {
    alliance::panel_options options = years_of(start, end);
    options.unit = alliance::panel_unit_named(unit);
    options.rule = alliance::panel_rule_named(rule);
    const auto system = codes::frame_system(frame);
    auto schemes = schemes_from(codes_given);
    // A system frame's number comes first, unless asked for.
    if (system && std::find(schemes.begin(), schemes.end(), *system) == schemes.end()) schemes.insert(schemes.begin(), *system);
    const auto o = r.organisation(org);
    const bool state = options.unit == alliance::panel_unit::state_year || options.unit == alliance::panel_unit::state_month;
    const bool monthly = options.unit == alliance::panel_unit::state_month;
    const bool share = options.rule == alliance::panel_rule::share;
    const auto attributes = state ? r.attributes(o) : std::vector<std::pair<std::string_view, std::string_view>>{};

    py::list organisation, party1, party2, statuses, answers;
    std::vector<py::list> attribute_cells(attributes.size());
    std::vector<int> years, months;
    std::vector<double> shares, low, high;
    codes::row_codes codes1(r, schemes, system.value_or(codes::scheme::cown)), codes2 = codes1;
    const auto visit = [&](const alliance::panel_row& row) {
        organisation.append(row.organisation);
        party1.append(row.party1);
        codes1.add(row.id1, row.entry1, codes::code_day(row.year, row.month, options.rule, row.entry1));
        if (!state) {
            party2.append(row.party2);
            codes2.add(row.id2, row.entry2, codes::code_day(row.year, row.month, options.rule, row.entry2));
        }
        years.push_back(row.year);
        if (monthly) months.push_back(static_cast<int>(row.month));
        if (state) statuses.append(status_text(row.status));
        if (share) {
            shares.push_back(row.share_low == row.share_high ? row.share_low : std::numeric_limits<double>::quiet_NaN());
            low.push_back(row.share_low);
            high.push_back(row.share_high);
        } else {
            answers.append(one_zero_none(row.member));
        }
        for (std::size_t k = 0; k < attributes.size(); ++k)
            attribute_cells[k].append(alliance::io::member_value(attributes[k].second, row.party1));
    };
    if (system) alliance::for_each_panel_row(r, r.key(o), codes::system_frame(r, *system), options, visit);
    else alliance::for_each_panel_row(r, r.key(o), options, visit);

    const auto pandas = py::module_::import("pandas");
    py::dict columns;
    columns["organisation"] = organisation;
    columns[state ? "party" : "party1"] = party1;
    put_codes(columns, state ? "party" : "party1", codes1);
    if (!state) {
        columns["party2"] = party2;
        put_codes(columns, "party2", codes2);
    }
    columns["year"] = int32_column(years);
    if (monthly) columns["month"] = int32_column(months);
    if (state) columns["status"] = statuses;
    const std::string flag = state ? "member" : "both_members";
    if (share) {
        columns[flag.c_str()] = py::array(py::cast(shares));
        columns[(flag + "_min").c_str()] = py::array(py::cast(low));
        columns[(flag + "_max").c_str()] = py::array(py::cast(high));
    } else {
        columns[flag.c_str()] = pandas.attr("array")(answers, py::arg("dtype") = "Int8");
    }
    for (std::size_t k = 0; k < attributes.size(); ++k) columns[py::str(attributes[k].first)] = attribute_cells[k];
    return pandas.attr("DataFrame")(columns);
}

// The program's `panel --all`: per pair of parties and year, the organisations both certainly
// (dyadigos) and possibly (dyadigos_possible) belonged to, over every organisation.
py::object dyad_counts(const alliance::registry& r, const std::string& unit, std::optional<int> start,
                       std::optional<int> end, const std::string& rule, py::handle codes_given) {
    alliance::panel_options options = alliance::dyad_count_options(unit, rule);
    const auto asked = years_of(start, end);
    options.first_year = asked.first_year;
    options.last_year = asked.last_year;
    const bool directed = options.unit == alliance::panel_unit::directed_dyad_year;
    const auto schemes = schemes_from(codes_given);
    codes::row_codes codes1(r, schemes), codes2 = codes1;
    py::list party1, party2;
    std::vector<int> years;
    std::vector<std::uint32_t> certain, possible;
    const auto add = [&](std::string_view a, std::string_view b, int year, std::uint32_t c, std::uint32_t p) {
        party1.append(a);
        party2.append(b);
        const auto day = codes::code_day(year, 0, options.rule);
        codes1.add(r.party(a), nullptr, day);
        codes2.add(r.party(b), nullptr, day);
        years.push_back(year);
        certain.push_back(c);
        possible.push_back(p);
    };
    alliance::for_each_dyad_year_count(r, options, [&](const alliance::dyad_year_count_row& row) {
        add(row.party1, row.party2, row.year, row.certain, row.possible);
        if (directed) add(row.party2, row.party1, row.year, row.certain, row.possible);
    });
    py::dict columns;
    columns["party1"] = party1;
    put_codes(columns, "party1", codes1);
    columns["party2"] = party2;
    put_codes(columns, "party2", codes2);
    columns["year"] = int32_column(years);
    columns["dyadigos"] = py::array(py::cast(certain)).attr("astype")("int32");
    columns["dyadigos_possible"] = py::array(py::cast(possible)).attr("astype")("int32");
    py::object table = py::module_::import("pandas").attr("DataFrame")(columns);
    if (!directed) return table;
    // Both orders of a year's pairs, in key order, as the program writes them.
    const py::list by = py::cast(std::vector<std::string>{"year", "party1", "party2"});
    return table.attr("sort_values")(by, py::arg("kind") = "stable", py::arg("ignore_index") = true);
}

// Key -> name, in key order.
py::dict orgs(const alliance::registry& r) {
    py::dict out;
    for (const auto o : r.organisations()) out[py::str(r.key(o))] = r.name(o);
    return out;
}

py::dict parties(const alliance::registry& r, const std::optional<std::string>& org) {
    py::dict out;
    for (const auto p : org ? r.parties_of(r.organisation(*org)) : r.parties()) out[py::str(r.key(p))] = r.name(p);
    return out;
}

// --- the embedded dataset -----------------------------------------------------------

const alliance::registry& csto() {
    static const alliance::registry r = alliance::data::csto_registry();
    return r;
}

// A question on a registry asked of the embedded dataset.
template <class R, class... A>
auto on_csto(R (*question)(const alliance::registry&, A...)) {
    return [question](A... a) { return question(csto(), std::forward<A>(a)...); };
}

// --- alliance.Error ---------------------------------------------------------------

PyObject* error_type = nullptr;  // the class alliance.Error, kept for the life of the process

void raise_error(const alliance::error& e) {
    py::object instance = py::reinterpret_borrow<py::object>(error_type)(e.what());
    instance.attr("id") = e.id();
    instance.attr("message") = e.what();
    const auto& where = e.where();
    instance.attr("file") = where.file.empty() ? py::object(py::none()) : py::str(where.file);
    instance.attr("line") = where.line > 0 ? py::object(py::int_(where.line)) : py::object(py::none());
    instance.attr("field") = where.field.empty() ? py::object(py::none()) : py::str(where.field);
    PyErr_SetObject(error_type, instance.ptr());
}

}  // namespace

PYBIND11_MODULE(alliance, m) {
    using namespace pybind11::literals;
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == nullptr) throw py::error_already_set();

    m.doc() = "Who was a member of what, and when: the alliance library's questions from Python.\n\n"
              "Module-level functions answer from the embedded dataset of the Collective Security Treaty (1992)\n"
              "and the CSTO (2002-); read(path) gives a Registry answering from a file. A day is a datetime.date\n"
              "or a 'YYYY-MM-DD' string. Library errors raise alliance.Error (attributes id, message, file, line,\n"
              "field); a malformed day raises ValueError.";

    error_type = PyErr_NewExceptionWithDoc(
        "alliance.Error",
        "An error of the alliance library: `id` is its stable id ('alliance.party.unknown'), `message` says "
        "what and where; `file`, `line`, `field` locate it in a file (None when not known).",
        PyExc_Exception, nullptr);
    if (error_type == nullptr) throw py::error_already_set();
    m.add_object("Error", py::handle(error_type));
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const alliance::error& e) {
            raise_error(e);
        }
    });

    py::class_<alliance::registry> registry(m, "Registry",
                                            "Organisations, parties and their periods, read from a file by read().");
    registry.def("__repr__", [](const alliance::registry& r) {
        return "<alliance.Registry: " + std::to_string(r.organisation_count()) + " organisations, " +
               std::to_string(r.party_count()) + " parties, " + std::to_string(r.period_count()) + " periods>";
    });

    // Each question is a Registry method and a module function on the embedded dataset.
    const auto both = [&](const char* name, auto question, const char* doc, auto... args) {
        registry.def(name, question, doc, args...);
        m.def(name, on_csto(question), doc, args...);
    };
    both("status", &status,
         "The status of party in org on day, as the program's `status` prints it: 'member', 'none', 'unknown', ...",
         py::arg("org"), py::arg("party"), py::arg("day"));
    both("participation", &participation,
         "The participation that qualifies the standing on day: 'frozen' (a de facto freeze: Armenia in the CSTO\n"
         "from 2024-02-23, still a member), 'none', or 'unknown'.",
         py::arg("org"), py::arg("party"), py::arg("day"));
    both("members", &members, "The keys of the parties certainly members of org on day, in key order.",
         py::arg("org"), py::arg("day"));
    both("status_many", &status_many,
         "status() for every day of a numpy datetime64[D] array, in one call; org and party are one key or one\n"
         "key per day. Returns an object array of str, shaped like days.",
         py::arg("org"), py::arg("party"), py::arg("days"));
    both("panel", &panel,
         "A pandas.DataFrame panel of org, as the program's `panel ORG` writes it. unit: 'state-year',\n"
         "'state-month' (a month column), 'dyad-year' or 'directed-dyad-year'. rule, how the days of a year (or\n"
         "month) become one answer: 'end-of-year' (the status on 31 December), 'first-day', 'any-day', 'majority'\n"
         "or 'share' (a float, NaN where undecided, then _min and _max). frame: 'members' (the organisation's\n"
         "parties), 'cow-system' or 'gw-system' (every state of the system, non-members 0; its number column\n"
         "first). codes: scheme names (a list or 'cown,iso3c') adding a code column after each party column.\n"
         "Years from start to end (default: the years the data states). member/both_members: 1, 0 or <NA>.",
         py::arg("org"), py::arg("unit") = "state-year", py::arg("start") = py::none(), py::arg("end") = py::none(),
         py::arg("rule") = "end-of-year", py::arg("frame") = "members", py::arg("codes") = py::none());
    both("dyad_counts", &dyad_counts,
         "The program's `panel --all` as a pandas.DataFrame: per pair of parties and year, the number of\n"
         "organisations both certainly belonged to (dyadigos) and possibly did (dyadigos_possible); only pairs\n"
         "that possibly share one. unit 'dyad-year' or 'directed-dyad-year'; rule 'end-of-year' or 'first-day';\n"
         "codes as in panel().",
         py::arg("unit") = "dyad-year", py::arg("start") = py::none(), py::arg("end") = py::none(),
         py::arg("rule") = "end-of-year", py::arg("codes") = py::none());
    both("orgs", &orgs, "The organisations, key -> name, in key order.");
    both("parties", &parties, "The parties (of org, or all), key -> name, in key order.", py::arg("org") = py::none());

    m.def("csto", &csto, py::return_value_policy::reference, "The embedded CSTO dataset as a Registry.");
    m.def(
        "read",
        [](py::object path, const std::string& format) {
            const auto file = py::module_::import("os").attr("fspath")(path).cast<std::string>();
            py::gil_scoped_release unlocked;
            return alliance::io::read_file(file, format);
        },
        "A Registry with the periods of the file at path; format as the program's --format ('auto' guesses it\n"
        "from the header row).",
        py::arg("path"), py::arg("format") = "auto");
}
