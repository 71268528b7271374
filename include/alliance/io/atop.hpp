// alliance/io/atop.hpp — readers for the ATOP (Alliance Treaty Obligations and Provisions) 5.1 files.
//
// Both follow the ATOP 5.1 codebook (Leeds et al.); quotations below are its words.
//
// MEMBER FILE (atop5_1m.csv, format "atop-member"): "a separate entry for each
// alliance member in each phase of each alliance", with at least the columns
//   atopid, member, yrent, moent, dayent, yrexit, moexit, dayexit, phase
// in any order. Of further columns, these are read and checked: ineffect,
// maxphase, and the flags defense, offense, neutral, nonagg, consul, asymm,
// conditio (0/1); the others are checked only for the field count.
//
//  - organisation "ATOP-<atopid>" (e.g. ATOP-1005), named "ATOP alliance <atopid>".
//  - party: `member` is a "Correlates of War Country Code" — the COW state's
//    abbreviation (data::cow::add_state; found by code too) — or one of the
//    few codes the codebook documents for members outside the COW list
//    (data/atop_members.hpp: 8152, Annam), keyed by the code ("8152") and
//    named as the codebook names it.
//  - one member period per row, from the entry ("the day that the state signs
//    the alliance agreement") to the exit ("the day that the alliance
//    agreement ends for the state"). The exit day is the first day the state
//    is no longer a member: it belongs to what follows, as every end in this
//    library does. The codebook dates an end by the event that ends it ("we
//    code the alliance as ending on the date the state violates the alliance
//    or abrogates it"; a superseded alliance is "terminated with signature of
//    the new alliance"), and the file bears this out: of the 225 rows whose
//    member starts a later phase within a day of the row's exit (both dated
//    to the day), 214 start it on the exit day itself. Russia's 1941-06-22
//    exit from the Nazi-Soviet pact (ATOPID 2470) is the day of the
//    invasion; West Germany's NATO exit, 1990-10-03, is the day Germany
//    enters (COW ends the GFR on 1990-10-02). The other
//    11 (Czechoslovakia's successors, ATOPID 6032) exit on 31 December and
//    restart on 1 January: they are read as written, leaving 31 December
//    outside both rows, not joined by guesswork.
//  - precision: "If the exact day ... cannot be identified, DAYENT [DAYEXIT]
//    is coded as missing" (an empty field): the date is then known to the
//    month ("1874-03"), and an exit known to the month is the first day not a
//    member falling in that month, which a month-precision end represents
//    exactly. "There are no cases in which YRENT or MOENT is missing", and the
//    codebook leaves only the exit day missing: a missing or 0 month, or a day
//    of 0, is an error.
//  - "If the alliance is still in effect as of December 31, 2018, there is no
//    date of exit, and these three variables are coded 0": an open end.
//    yrexit 0 with a moexit or dayexit other than 0 (or empty), or an
//    ineffect that disagrees with yrexit ("YREXIT, MOEXIT, AND DAYEXIT will be
//    zero for cases in which INEFFECT=1"), is an error.
//  - phase: "This variable is coded zero for every alliance that does not
//    experience changes during its lifetime in ATOP variables. For alliances
//    with multiple phases, PHASE indicates which phase of the alliance the
//    record belongs to." The note says "no phases (phase 0)" or "phase 2".
//    An alliance is phased or not throughout (phase 0 beside phase 1 is an
//    error), and with maxphase present, phase 0 goes with maxphase 0 and a
//    phase >= 1 is at most maxphase.
//  - several rows of one (atopid, member, phase) are separate spells of
//    membership when their dates do not overlap: Egypt left the Arab League
//    (ATOPID 3015) in 1979 and re-entered in 1989, both phase 0. Two such
//    rows identical in every field, or whose spells certainly share a day,
//    are an error. Rows of different phases of one member may overlap: "when
//    two successor states both assume the full obligations of agreements,
//    one bilateral alliance can turn into two bilateral alliances ... each of
//    these two new alliances is coded as a separate phase ..., even though
//    they are in effect simultaneously".
//  - attributes: each flag present, as for COW alliances: one value when all
//    the alliance's rows agree ("1"), else per member ("RUS=0/1;UKG=1").
//
// ALLIANCE FILE (atop5_1a.csv, format "atop-alliance"): "one entry per
// alliance", with the columns atopid, begyr, begmo, begday, endyr, endmo,
// endday, ineffect, defense, offense, neutral, nonagg, consul, asymm, conditio
// (further columns are checked only for the field count). Each row adds no
// period; it declares the organisation ATOP-<atopid> and sets its attributes
// alliance_start and alliance_end (dates as stated, with the member file's
// rules: "" when "still in effect as of December 31, 2018"), ineffect, and
// the flags under the codebook's names. In this file a flag is "coded 1 if
// any alliance member" has it, over all phases.
//
// BOTH FILES IN ONE REGISTRY (io::read_file_into, or `--data` twice): an
// attribute both files set must agree — equal, or the alliance file's "1"
// beside the member file's per-member list (which the member file writes
// only when members differ, so some member has it). The registry keeps the
// member file's more detailed value. A disagreement is an error naming the
// file, line and field read second.
//
// Rejected rows (member file): wrong field count; a member code neither COW
// nor documented; an atopid that is not a positive number or a phase that is
// not a whole number >= 0; a flag other than 0/1; a date against the rules
// above; an exit before the entry; a duplicate or overlapping row. (Alliance
// file): the same, and an atopid given twice.
// Coverage (registry::coverage): every alliance read is observed from
// 1 January of the earliest entry (begin) year to 31 December of the latest
// entry, exit, begin or end year of the file — 1815-01-01 to 2018-12-31 for
// 5.1, the codebook's "1815–2018 inclusive". A second file of the same
// alliances widens it to both files' years.
#pragma once

#include <alliance/data/atop_members.hpp>
#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/cow_alliance.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/registry.hpp>

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace alliance::io::detail {

template <class = void>
void read_atop_member(csv_reader& csv, registry& into, read_report& report, const read_options& options);
template <class = void>
void read_atop_alliance(csv_reader& csv, registry& into, read_report& report, const read_options& options);

}  // namespace alliance::io::detail

// The definitions.
#include <alliance/io/detail/atop_read.hpp>
