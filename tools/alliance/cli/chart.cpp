// cli/chart.cpp — the definitions of what cli/chart.hpp declares (see there).
#include "cli/chart.hpp"

#include "cli/dataset.hpp"

#include <alliance/alliance.hpp>
#include <alliance/data/csto.hpp>

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace alliance_cli {

namespace detail {

inline constexpr std::array<std::string_view, alliance::status_count> status_colour{
    "#FFFFFF",  // none: never drawn
    "#0072B2",  // member: blue
    "#009E73",  // associate: bluish green
    "#E69F00",  // observer: orange
    "#CC79A7",  // signatory: reddish purple
    "#D55E00",  // suspended: vermillion
    "#56B4E9",  // frozen: sky blue
    "#7F7F7F",  // withdrawn: grey
};

std::string_view colour(alliance::status s) { return status_colour[static_cast<std::size_t>(s)]; }

// Text as SVG holds it: printable (no control character, valid UTF-8, so
// the file stays well-formed XML whatever a name or a file name holds), then
// XML's five special characters escaped.
std::string xml(std::string_view raw) {
    const std::string text = printable(raw);
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Coordinates with one decimal: enough for a screen and a printer, and stable text.
std::string num(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

// Splits text into lines of at most `width` characters at spaces.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    while (!text.empty()) {
        const auto space = text.find(' ');
        const auto word = text.substr(0, space);
        if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        if (!line.empty()) line += ' ';
        line += word;
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

int year_of(date::sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

// The span of days the chart covers by default (see chart_options).
void default_range(const dataset& d, alliance::organisation_id o, chart_options& options) {
    std::optional<date::sys_days> lo, hi;
    bool ongoing = false;
    for (const auto p : d.registry.parties_of(o))
        for (const auto& q : d.registry.find_timeline(o, p)->periods())
            for (const auto* b : {&q.from, &q.to}) {
                if (b->is_open()) {
                    ongoing = ongoing || b == &q.to;
                    continue;
                }
                if (!lo || b->stated().earliest() < *lo) lo = b->stated().earliest();
                if (!hi || b->stated().latest() > *hi) hi = b->stated().latest();
            }
    if (!lo) lo = hi = today();
    // An ongoing status runs to today, or to the end of the sources'
    // coverage when they stop observing before today: not a guess past it.
    const auto window = d.registry.coverage(o);
    const date::sys_days until = window ? std::min(window->last, today()) : today();
    if (ongoing && until > *hi) hi = until;
    if (!options.from) options.from = date::sys_days{date::year{year_of(*lo)} / date::January / 1};
    if (!options.to) options.to = date::sys_days{date::year{year_of(*hi)} / date::December / 31};
}

}  // namespace detail

void chart_svg(const dataset& d, std::string_view org, const chart_options& asked, std::ostream& out) {
    using alliance::status;
    const auto& r = d.registry;
    const auto o = find_organisation(d, "ORG", org);
    chart_options options = asked;
    detail::default_range(d, o, options);
    const date::sys_days first = *options.from;
    const date::sys_days last = *options.to;
    if (last < first)
        throw usage_error("--to " + alliance::to_string(last) + " is before --from " + alliance::to_string(first));
    const alliance::day_set range{alliance::days_from_to(first, last)};
    // The days of the chart the sources observe: bars stop where coverage
    // ends, and the rest of the range is shaded as not observed.
    alliance::day_set observed = range;
    if (const auto window = r.coverage(o)) observed &= alliance::days_from_to(window->first, window->last);
    const alliance::day_set unobserved = range - observed;

    // Rows: the organisation's parties, ordered by their earliest possible start, then key.
    std::vector<alliance::party_id> parties = r.parties_of(o);
    const auto start_of = [&](alliance::party_id p) {
        const auto ps = r.find_timeline(o, p)->periods();
        // A party with only unknown days (a COW -9 run) has no period: it sorts last.
        if (ps.empty()) return alliance::end_of_time;
        return ps.front().from.is_open() ? alliance::beginning_of_time : ps.front().from.earliest();
    };
    std::stable_sort(parties.begin(), parties.end(),
                     [&](alliance::party_id a, alliance::party_id b) { return start_of(a) < start_of(b); });
    std::vector<alliance::period> alternatives;
    for (const auto& q : r.alternatives())
        if (q.organisation == r.key(o)) alternatives.push_back(q);

    // Geometry.
    std::size_t label_chars = 10;
    for (const auto p : parties)
        label_chars = std::max(label_chars, display_width(r.name(p)) + display_width(r.key(p)) + 3);
    const double left = 28.0 + 7.6 * static_cast<double>(label_chars);
    const double right = chart_width - 24.0;
    const double row_height = 26.0;
    const double rows_top = 70.0;
    const double rows_bottom = rows_top + row_height * static_cast<double>(parties.size());
    const auto x_of = [&](date::sys_days day) {
        const double span = static_cast<double>((last - first).count() + 1);
        return left + (right - left) * static_cast<double>((day - first).count()) / span;
    };
    const auto x_of_count = [&](alliance::day_count c) { return x_of(alliance::to_sys_days(c)); };

    // Which statuses and marks appear, for the legend.
    std::set<status> shown;
    bool any_uncertain = false;
    bool any_de_facto = false;
    bool any_continues = false;
    for (const auto p : parties) {
        const auto* t = r.find_timeline(o, p);
        for (const auto& q : t->periods()) {
            if (!boost::icl::intersects(alliance::possible_days(q), observed)) continue;
            shown.insert(q.status);
            any_de_facto = any_de_facto || q.basis == alliance::basis::de_facto;
            any_uncertain = any_uncertain || !((alliance::possible_days(q) - alliance::certain_days(q)) & observed).empty();
        }
    }
    for (const auto& q : alternatives)
        if (boost::icl::intersects(alliance::possible_days(q), observed)) shown.insert(q.status);

    // The note under the chart: where the data comes from.
    std::vector<std::string> note;
    {
        std::string sources;
        if (d.embedded) {
            std::set<std::string_view> keys;
            for (const auto& q : r.periods())
                if (q.organisation == r.key(o))
                    for (const auto k : split_keys(q.source)) keys.insert(k);
            for (const auto& s : alliance::data::csto::sources) {
                if (!keys.count(s.key)) continue;
                sources += (sources.empty() ? "" : "; ") + std::string(s.key) + " " + std::string(s.title);
                if (!s.publisher.empty()) sources += " (" + std::string(s.publisher) + ", " + std::string(s.published) + ")";
            }
            sources = "Sources: " + (sources.empty() ? std::string("none cited") : sources) +
                      ". Data: the CSTO dataset of the alliance library.";
        } else {
            sources = "Source: " + d.origin + ".";
        }
        for (auto& line : detail::wrap(sources, 150)) note.push_back(std::move(line));
        note.push_back("Statuses as the sources state them, each day read as certain (solid) or undecided by the "
                       "sources' precision (hatched). Made with: alliance chart " + std::string(r.key(o)) + ".");
    }

    const double axis_y = rows_bottom + 6.0;
    const double legend_y = axis_y + 40.0;
    // Legend items, wrapped onto lines by width.
    struct legend_item {
        std::string kind;  // "solid", "hatched", "dashed", "alternative", "continues", "unobserved"
        status s;
        std::string label;
    };
    std::vector<legend_item> legend;
    for (const auto s : shown)
        legend.push_back({"solid", s,
                          alliance::layer_of(s) == alliance::layer::standing
                              ? std::string(alliance::to_string(s))
                              : std::string(alliance::to_string(s)) + " (participation: over the standing's bar)"});
    if (any_uncertain)
        legend.push_back({"hatched", status::member, "undecided: a boundary known only to the year or month"});
    if (any_de_facto) legend.push_back({"dashed", status::member, "de facto, not de jure"});
    if (!alternatives.empty()) legend.push_back({"alternative", status::member, "thin bar: an alternative reading of the sources"});
    for (const auto p : parties)
        if (r.covers(o, last + date::days{1}) &&
            r.find_timeline(o, p)->status_on(last + date::days{1}) != alliance::status_reading{status::none})
            any_continues = true;
    if (!unobserved.empty()) legend.push_back({"unobserved", status::member, "not observed by the sources (past their coverage)"});
    if (any_continues) legend.push_back({"continues", status::member, "goes on after " + alliance::to_string(last)});
    std::vector<std::pair<double, double>> legend_at;  // x, y of each item
    {
        double x = 16.0, y = legend_y;
        for (const auto& item : legend) {
            const double w = 30.0 + 7.0 * static_cast<double>(display_width(item.label)) + 18.0;
            if (x + w > chart_width - 16.0 && x > 16.0) {
                x = 16.0;
                y += 22.0;
            }
            legend_at.emplace_back(x, y);
            x += w;
        }
    }
    const double note_y = (legend_at.empty() ? legend_y : legend_at.back().second) + 34.0;
    const int height = static_cast<int>(note_y + 16.0 * static_cast<double>(note.size()) + 8.0);

    std::ostringstream svg;
    const std::string title = std::string(r.name(o)) + " (" + std::string(r.key(o)) + "): status of each party, " +
                              std::to_string(detail::year_of(first)) + "\u2013" + std::to_string(detail::year_of(last));
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << chart_width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << chart_width << ' ' << height
        << "\" font-family=\"DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"13\">\n";
    svg << "<title>" << detail::xml(title) << "</title>\n";
    svg << "<desc>" << detail::xml("From " + alliance::to_string(first) + " to " + alliance::to_string(last) + ", " +
                                   d.origin + ".")
        << "</desc>\n";
    // One hatch pattern per status: stripes of the status colour on white.
    svg << "<defs>\n";
    for (std::size_t i = 1; i < alliance::status_count; ++i) {
        const auto s = static_cast<status>(i);
        svg << "<pattern id=\"hatch-" << alliance::to_string(s)
            << "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
            << "<rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/><rect width=\"3\" height=\"6\" fill=\""
            << detail::colour(s) << "\"/></pattern>\n";
    }
    svg << "</defs>\n";
    svg << "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n";
    svg << "<text x=\"16\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#000000\">" << detail::xml(title)
        << "</text>\n";
    svg << "<text x=\"16\" y=\"50\" fill=\"#333333\">"
        << detail::xml("One row per party; " + alliance::to_string(first) + " to " + alliance::to_string(last) + ".")
        << "</text>\n";

    // Zebra rows, then year grid lines, then bars on top.
    for (std::size_t i = 0; i < parties.size(); ++i)
        if (i % 2 == 1)
            svg << "<rect x=\"0\" y=\"" << detail::num(rows_top + row_height * static_cast<double>(i))
                << "\" width=\"" << chart_width << "\" height=\"" << detail::num(row_height)
                << "\" fill=\"#F2F2F2\"/>\n";
    const int first_year = detail::year_of(first);
    const int last_year = detail::year_of(last);
    const int years = last_year - first_year + 1;
    // Label every year, or every 2, 5, 10… so that labels stay about 40 px apart.
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        step = s;
        if ((right - left) / static_cast<double>(years) * s >= 40.0) break;
    }
    for (int y = first_year; y <= last_year + 1; ++y) {
        const date::sys_days jan1{date::year{y} / date::January / 1};
        if (jan1 < first || jan1 > last + date::days{1}) continue;
        const double x = x_of(jan1);
        const bool labelled = y % step == 0;
        svg << "<line x1=\"" << detail::num(x) << "\" y1=\"" << detail::num(rows_top) << "\" x2=\"" << detail::num(x)
            << "\" y2=\"" << detail::num(axis_y + (labelled ? 6.0 : 3.0)) << "\" stroke=\""
            << (labelled ? "#BBBBBB" : "#E0E0E0") << "\" stroke-width=\"1\"/>\n";
        if (labelled && y <= last_year)
            svg << "<text x=\"" << detail::num(x) << "\" y=\"" << detail::num(axis_y + 20.0)
                << "\" text-anchor=\"middle\" fill=\"#000000\">" << y << "</text>\n";
    }
    svg << "<line x1=\"" << detail::num(left) << "\" y1=\"" << detail::num(axis_y) << "\" x2=\"" << detail::num(right)
        << "\" y2=\"" << detail::num(axis_y) << "\" stroke=\"#000000\" stroke-width=\"1\"/>\n";

    const auto rect = [&](double x0, double x1, double y, double h, const std::string& fill, const std::string& extra) {
        svg << "<rect" << extra << " x=\"" << detail::num(x0) << "\" y=\"" << detail::num(y) << "\" width=\""
            << detail::num(std::max(x1 - x0, 1.0)) << "\" height=\"" << detail::num(h) << "\" fill=\"" << fill
            << "\"/>\n";
    };

    // Days past the sources' coverage: one light band across every row, under the bars.
    for (const auto& iv : unobserved)
        rect(x_of_count(boost::icl::first(iv)), x_of_count(boost::icl::last(iv) + date::days{1}), rows_top,
             rows_bottom - rows_top, "#E8E8E8", " class=\"unobserved\"");

    for (std::size_t i = 0; i < parties.size(); ++i) {
        const auto p = parties[i];
        const auto* t = r.find_timeline(o, p);
        const double top = rows_top + row_height * static_cast<double>(i);
        const double bar_top = top + 4.0;
        const double bar_height = 14.0;
        svg << "<text x=\"16\" y=\"" << detail::num(top + 17.0) << "\" fill=\"#000000\">"
            << detail::xml(std::string(r.name(p)) + " (" + std::string(r.key(p)) + ")") << "</text>\n";

        // Certain days: solid bars, one per status.
        alliance::day_set certain;
        for (const auto& seg : t->certain()) {
            const alliance::day_set part = alliance::day_set{seg.first} & observed;
            for (const auto& iv : part) {
                rect(x_of_count(boost::icl::first(iv)), x_of_count(boost::icl::last(iv) + date::days{1}), bar_top,
                     bar_height, std::string(detail::colour(seg.second)), " class=\"bar\"");
                certain += iv;
            }
        }
        // A participation that qualifies the standing (frozen): a band across
        // the upper half of the standing's bar, which goes on under it.
        for (const auto& seg : t->certain(alliance::layer::participation))
            for (const auto& iv : alliance::day_set{seg.first} & observed)
                rect(x_of_count(boost::icl::first(iv)), x_of_count(boost::icl::last(iv) + date::days{1}), bar_top,
                     bar_height / 2.0, std::string(detail::colour(seg.second)), " class=\"participation\"");
        // Undecided days: hatched, one band per status that may hold.
        for (const auto& seg : t->possible()) {
            const alliance::day_set part = (alliance::day_set{seg.first} & observed) - certain;
            std::vector<status> may;
            for (std::size_t k = 1; k < alliance::status_count; ++k)
                if ((seg.second & alliance::bit(static_cast<status>(k))) != 0u) may.push_back(static_cast<status>(k));
            if (may.empty()) continue;
            const double band = bar_height / static_cast<double>(may.size());
            for (const auto& iv : part)
                for (std::size_t k = 0; k < may.size(); ++k)
                    rect(x_of_count(boost::icl::first(iv)), x_of_count(boost::icl::last(iv) + date::days{1}),
                         bar_top + band * static_cast<double>(k), band,
                         "url(#hatch-" + std::string(alliance::to_string(may[k])) + ")", "");
        }
        // A status that goes on after the chart's last day: an arrow past the end of the bar.
        // (Past the coverage nothing is known to go on: the shading says so.)
        if (const auto after = t->status_on(last + date::days{1});
            r.covers(o, last + date::days{1}) && after != alliance::status_reading{status::none}) {
            const std::string fill(after.known() ? detail::colour(after.value()) : "#555555");
            svg << "<polygon points=\"" << detail::num(right + 2.0) << ',' << detail::num(bar_top) << ' '
                << detail::num(right + 11.0) << ',' << detail::num(bar_top + bar_height / 2.0) << ' '
                << detail::num(right + 2.0) << ',' << detail::num(bar_top + bar_height) << "\" fill=\"" << fill
                << "\"/>\n";
        }
        // De facto periods: a dashed outline over the days they may cover.
        for (const auto& q : t->periods()) {
            if (q.basis != alliance::basis::de_facto) continue;
            const alliance::day_set part = alliance::possible_days(q) & observed;
            if (part.empty()) continue;
            rect(x_of_count(boost::icl::first(part)), x_of_count(boost::icl::last(part) + date::days{1}), bar_top - 1.5,
                 bar_height + 3.0, "none", " stroke=\"#000000\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"");
        }
        // Alternative readings: a thin bar under the row's bar.
        for (const auto& q : alternatives) {
            if (q.party != r.key(p)) continue;
            const alliance::day_set part = alliance::possible_days(q) & observed;
            if (part.empty()) continue;
            rect(x_of_count(boost::icl::first(part)), x_of_count(boost::icl::last(part) + date::days{1}),
                 bar_top + bar_height + 2.0, 3.0, std::string(detail::colour(q.status)), "");
        }
    }

    // Legend.
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const auto& item = legend[i];
        const double x = legend_at[i].first;
        const double y = legend_at[i].second;
        if (item.kind == "solid") {
            rect(x, x + 24.0, y - 11.0, 14.0, std::string(detail::colour(item.s)), " class=\"bar\"");
        } else if (item.kind == "hatched") {
            // Two bands, as where a boundary leaves two statuses possible: the first two shown.
            const status upper = *shown.begin();
            const status lower = shown.size() > 1 ? *std::next(shown.begin()) : upper;
            rect(x, x + 24.0, y - 11.0, 7.0, "url(#hatch-" + std::string(alliance::to_string(upper)) + ")", "");
            rect(x, x + 24.0, y - 4.0, 7.0, "url(#hatch-" + std::string(alliance::to_string(lower)) + ")", "");
        } else if (item.kind == "dashed") {
            rect(x, x + 24.0, y - 12.0, 16.0, "none",
                 " stroke=\"#000000\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"");
        } else if (item.kind == "alternative") {
            rect(x, x + 24.0, y - 3.0, 3.0, "#0072B2", "");
        } else if (item.kind == "unobserved") {
            rect(x, x + 24.0, y - 11.0, 14.0, "#E8E8E8", "");
        } else {
            svg << "<polygon points=\"" << detail::num(x + 8.0) << ',' << detail::num(y - 11.0) << ' '
                << detail::num(x + 17.0) << ',' << detail::num(y - 4.0) << ' ' << detail::num(x + 8.0) << ','
                << detail::num(y + 3.0) << "\" fill=\"#555555\"/>\n";
        }
        svg << "<text x=\"" << detail::num(x + 30.0) << "\" y=\"" << detail::num(y) << "\" fill=\"#000000\">"
            << detail::xml(item.label) << "</text>\n";
    }
    for (std::size_t i = 0; i < note.size(); ++i)
        svg << "<text x=\"16\" y=\"" << detail::num(note_y + 16.0 * static_cast<double>(i))
            << "\" font-size=\"11\" fill=\"#333333\">" << detail::xml(note[i]) << "</text>\n";
    svg << "</svg>\n";
    out << svg.str();
}

}  // namespace alliance_cli
