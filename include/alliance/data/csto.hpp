// alliance/data/csto.hpp — the Collective Security Treaty (1992) and the CSTO (2002-): a dataset.
//
// Built from five documents (see `sources`): every dated fact about a state's
// or body's standing in the treaty, the organisation and the other
// organisations they mention, plus the organisation's dated events, office
// terms and figures. Each record cites its documents by key ("001;004") and
// its note starts with a short verbatim quote in double quotes.
//
// Modelling (see README, section "dataset"):
//  - `CST` is the alliance of the 1992 treaty's parties, from the signature
//    (15 May 1992) until it became the CSTO; `CSTO` is the organisation from
//    then on. They are two organisations linked by succession: the CSTO is
//    the treaty's organisation, and the documents go on speaking of "the
//    Treaty parties" (2011) and of "Article 4 of the treaty" (2022) for its
//    members. So a continuing party's CST period ends on the day the CSTO
//    begins and its CSTO period begins that day; a party that left the
//    treaty stays `withdrawn` from the CST with no end (no document ends a
//    withdrawal: 004 calls Azerbaijan a "former member" in 2022), as 004's
//    table of former members keeps "CST 1994 1999" and "CSTO 2006 2012" apart.
//    treaty_status_of() answers a treaty question on any day: the CST before
//    the succession; after it, the CSTO standing of a party that has one, and
//    the CST's `withdrawn` of a party that never joined the organisation.
//  - The CSTO begins on 14 May 2002 (primary; the Collective Security
//    Council's decision in Moscow). 7 October 2002 (the Charter) is kept as
//    the alternative reading of conflict `csto-founding`.
//  - `signatory`: signed, treaty not yet in force (CST until 20 April 1994;
//    the CRRF agreement, whose entry into force the documents do not date).
//  - A fact known to the year stays a year; a narrowed boundary is an
//    inference from another dated fact, explained in its note.
//
// The tables are constexpr and validated at compile time (static_assert
// below): a bad edit fails the build with the problem and the period's index.
#pragma once

#include <alliance/data/csto_types.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>
#include <alliance/table.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace alliance::data {

// Every organisation, party (key, English name, aliases) and period of the
// dataset: primary readings in the timelines, alternative readings in
// registry::alternatives().
template <class = void>
[[nodiscard]] registry csto_registry();

// The same registry read with the alternative side of the named conflicts
// (any keys of csto::conflicts, e.g. {"csto-founding"}; a conflict whose
// alternative is not a period changes no answer): see choose_readings().
// Throws alliance::error for a key that is not in csto::conflicts.
template <class = void>
[[nodiscard]] registry csto_registry_choosing(const std::vector<std::string_view>& alternative_conflicts);

namespace csto {
using alliance::literals::operator""_pd;

// --- sources ------------------------------------------------------------------

inline constexpr std::array sources{
    source{"000", "000_9d31f915cac35450.txt", "The Moscow Summit of the Collective Security Treaty Organization",
           "Alev Kılıç", "Center for Eurasian Studies (AVİM), Commentary No. 2012/101",
           "24 December 2012 (the commentary number gives the year; its 'To cite' line says 2025)"},
    source{"001", "001_0ba2f4e2afdd802e.txt", "Russia and Allies Held Summit in Moscow", "", "Vindobona",
           "17 May 2022"},
    source{"002", "002_6d908fab4c796ec4.txt", "CSTO Marks 30 Years Opposing NATO Expansion – OpEd",
           "Kester Kenn Klomegah", "Eurasia Review (ISSN 2330-717X)", "undated (after the summit of 16 May 2022)"},
    source{"003", "003_87822ed4ef2720af.txt", "The CSTO and Collective Security in Eurasia",
           "Pravesh Kumar Gupta", "VIF (the document gives only the abbreviation)",
           "undated (2022; its latest endnote is of 17 May 2022)"},
    source{"004", "004_c377ffc7e37180f4.txt", "Collective Security Treaty Organization", "Wikipedia contributors",
           "Wikipedia, the free encyclopedia", "last edited 12 May 2024"},
};

// What the documents observe: the organisations' whole history up to 12 May
// 2024, the day the latest of them (004) was last edited (before the treaty
// of 1992 there was nothing to be a member of). Past that day the dataset
// cannot say what holds: every answer there is unknown.
inline constexpr coverage_window coverage{beginning_of_time, day_of(2024, 5, 12)};
// The SCO is observed by one document only, 000 of 24 December 2012: "These
// three bordering countries, together with Russia, also take part in the
// Shanghai Cooperation Organization (SCO) established in 1996". It dates the
// SCO's establishment, not any accession, and names no other member: before
// the commentary's day who took part is unknown.
inline constexpr coverage_window sco_coverage{day_of(2012, 12, 24), coverage.last};
// The window observed for an organisation.
[[nodiscard]] constexpr coverage_window coverage_of(std::string_view organisation) noexcept {
    return same_key(organisation, "SCO") ? sco_coverage : coverage;
}

// --- organisations and parties ---------------------------------------------------

inline constexpr std::array organisations{
    organisation_entry{"CST", "Collective Security Treaty",
                       "the alliance of the treaty signed in Tashkent on 15 May 1992, until it became the CSTO "
                       "(14 May 2002); also called the Tashkent Pact"},
    organisation_entry{"CSTO", "Collective Security Treaty Organization",
                       "the organisation from 14 May 2002 (alternative: 7 October 2002), successor of CST: a treaty question "
                       "after the succession is answered by csto::treaty_status_of"},
    organisation_entry{"CRRF", "Collective Rapid Reaction Force",
                       "the CSTO force agreed on 4 February 2009 (KSOR); parties are signatories of its agreement"},
    organisation_entry{"CSTO-PA", "CSTO Parliamentary Assembly",
                       "only its observers are dated by the documents"},
    organisation_entry{"SCO", "Shanghai Cooperation Organisation", "dated 1996 by document 000"},
    organisation_entry{"GUAM", "GUAM Organization for Democracy and Economic Development",
                       "GUUAM while Uzbekistan took part"},
    organisation_entry{"EAEU", "Eurasian Economic Union", "only its observers are dated by the documents"},
    organisation_entry{"UNGA", "United Nations General Assembly", "the CSTO is an observer"},
    organisation_entry{"CIS", "Commonwealth of Independent States", "appears in events only"},
    organisation_entry{"NATO", "North Atlantic Treaty Organization", "appears in events only"},
};

// `aliases` are names the documents use, verbatim (a test checks each against
// them); `conventional` names are the usual ones no document uses, kept so
// that users find the party by them.
inline constexpr std::array parties{
    party_entry{"AFG", "Afghanistan", party_kind::state,
                "Islamic Republic of Afghanistan;Republic of Afghanistan;Wolesi Jirga"},
    party_entry{"ARM", "Armenia", party_kind::state, "Republic of Armenia"},
    party_entry{"AZE", "Azerbaijan", party_kind::state, "", "Republic of Azerbaijan"},
    party_entry{"BLR", "Belarus", party_kind::state, "Republic of Belarus"},
    party_entry{"CHN", "China", party_kind::state, "", "People's Republic of China"},
    party_entry{"CUB", "Cuba", party_kind::state, "", "Republic of Cuba"},
    party_entry{"GEO", "Georgia", party_kind::state, ""},
    party_entry{"IRN", "Iran", party_kind::state, "", "Islamic Republic of Iran"},
    party_entry{"KAZ", "Kazakhstan", party_kind::state, "Republic of Kazakhstan;Kazahkstan"},
    party_entry{"KGZ", "Kyrgyzstan", party_kind::state, "Kyrgyz Republic;Kirgizstan", "Kirghizia"},
    party_entry{"MDA", "Moldova", party_kind::state, "", "Republic of Moldova"},
    party_entry{"RUS", "Russia", party_kind::state, "Russian Federation"},
    party_entry{"SRB", "Serbia", party_kind::state, "Republic of Serbia;National Assembly of the Republic of Serbia"},
    party_entry{"TJK", "Tajikistan", party_kind::state, "Republic of Tajikistan"},
    party_entry{"TKM", "Turkmenistan", party_kind::state, ""},
    party_entry{"UKR", "Ukraine", party_kind::state, ""},
    party_entry{"UZB", "Uzbekistan", party_kind::state, "", "Republic of Uzbekistan"},
    party_entry{"CSTO", "Collective Security Treaty Organization", party_kind::organisation, ""},
    party_entry{"CIS", "Commonwealth of Independent States", party_kind::organisation, ""},
    party_entry{"SCO", "Shanghai Cooperation Organisation", party_kind::organisation, ""},
    party_entry{"UNION-STATE-PA", "Parliamentary Assembly of the Union of Belarus and Russia", party_kind::body,
                "Union State"},
};

// Days the documents leave without any standing. Afghanistan's parliament was
// a CSTO-PA observer "though the Islamic Republic collapsed in 2021 as the
// Taliban took over" (004): no document says whether or when its status ended.
inline constexpr std::array unknown_spans{
    unknown_span{"CSTO-PA", "AFG", day_of(2021, 1, 1), coverage.last, "004",
                 "\"though the Islamic Republic collapsed in 2021 as the Taliban took over\" — the end of the observer "
                 "status is not stated"},
};

// --- the boundaries many periods share ------------------------------------------

// The treaty signed in Tashkent (001: "The Collective Security Treaty (CST) was signed on May 15, 1992, in Tashkent.").
inline constexpr boundary cst_signed = "1992-05-15"_pd;
// Azerbaijan, Belarus and Georgia signed "in 1993" (002, 003, 004): the year only.
inline constexpr boundary cst_signed_1993 = "1993"_pd;
// 003: "On April 20, 1994, the Treaty went into force".
inline constexpr boundary cst_in_force = "1994-04-20"_pd;
// The non-renewers left "in 1999". Inference: 004 counts them among "the nine"
// on 2 April 1999 ("six of the nine—all but Azerbaijan, Georgia, and
// Uzbekistan—agreed to renew"), so they were still parties that day and the
// first day they were not is 3 April 1999 at the earliest.
inline constexpr boundary cst_lapse_1999 = boundary{"1999"_pd}.narrowed(day_of(1999, 4, 3), day_of(1999, 12, 31));
// 001: "On May 14, 2002, the Collective Security Council in Moscow decided to reorganize".
inline constexpr boundary csto_founded = "2002-05-14"_pd;
// Alternative founding day (conflict csto-founding): 003 "On October 7, 2002, the CSTO Charter was approved",
// 004 infobox "7 October 2002 (as Collective Security Treaty Organization)".
inline constexpr boundary csto_charter = "2002-10-07"_pd;

// Uzbekistan left the CSTO "in 2012" (002; 004 table: year of withdrawal 2012),
// after suspending its membership on 28 June 2012 (004): the year only, and
// not before the day after the suspension (an inference from the order).
inline constexpr boundary uzb_withdrawal = boundary{"2012"_pd}.narrowed(day_of(2012, 6, 29), day_of(2012, 12, 31));

// --- periods ------------------------------------------------------------------------

inline constexpr std::array periods{
    // CST: the six signatories of 15 May 1992, parties from entry into force.
    period{"CST", "ARM", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    period{"CST", "KAZ", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    period{"CST", "KGZ", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    period{"CST", "RUS", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    period{"CST", "TJK", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    period{"CST", "UZB", status::signatory, cst_signed, cst_in_force, basis::de_jure, "001;002;003;004",
           "\"Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan—signed the Collective Security Treaty\" (004)",
           reading::primary, "cst-signing"},
    // CST: the three later signatories of 1993.
    period{"CST", "AZE", status::signatory, cst_signed_1993, cst_in_force, basis::de_jure, "002;003;004",
           "\"Three other post-Soviet states—Azerbaijan, Belarus, and Georgia—signed in 1993\" (004)",
           reading::primary, "cst-accession-1993"},
    period{"CST", "BLR", status::signatory, cst_signed_1993, cst_in_force, basis::de_jure, "002;003;004",
           "\"Three other post-Soviet states—Azerbaijan, Belarus, and Georgia—signed in 1993\" (004)",
           reading::primary, "cst-accession-1993"},
    period{"CST", "GEO", status::signatory, cst_signed_1993, cst_in_force, basis::de_jure, "002;003;004",
           "\"Three other post-Soviet states—Azerbaijan, Belarus, and Georgia—signed in 1993\" (004)",
           reading::primary, "cst-accession-1993"},
    // CST: parties from entry into force; the six that renewed in 1999 continue into the CSTO.
    period{"CST", "ARM", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); renewed 1999, became the CSTO 14 May 2002",
           reading::primary, "csto-founding"},
    period{"CST", "BLR", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); renewed 1999, became the CSTO 14 May 2002",
           reading::primary, "csto-founding"},
    period{"CST", "KAZ", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); 004 table: Kazakhstan 1004 [sic, 1994]",
           reading::primary, "csto-founding;kaz-entry-1004"},
    period{"CST", "KGZ", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); 004 table: Kyrgyzstan 1994",
           reading::primary, "csto-founding;cst-entry-year"},
    period{"CST", "RUS", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); renewed 1999, became the CSTO 14 May 2002",
           reading::primary, "csto-founding"},
    period{"CST", "TJK", status::member, cst_in_force, csto_founded, basis::de_jure, "003;004",
           "\"On April 20, 1994, the Treaty went into force\" (003); renewed 1999, became the CSTO 14 May 2002",
           reading::primary, "csto-founding"},
    // CST: the three that did not renew in 1999.
    period{"CST", "AZE", status::member, cst_in_force, cst_lapse_1999, basis::de_jure, "002;003;004",
           "\"all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty\" (004); 004 table: CST 1994 1999; "
           "end narrowed: still one of 'the nine' on 2 April 1999"},
    period{"CST", "GEO", status::member, cst_in_force, cst_lapse_1999, basis::de_jure, "002;003;004",
           "\"all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty\" (004); 004 table: CSI [sic, CST] 1994 1999; "
           "end narrowed: still one of 'the nine' on 2 April 1999"},
    period{"CST", "UZB", status::member, cst_in_force, cst_lapse_1999, basis::de_jure, "003;004",
           "\"all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty\" (004); 004 table: CST 1994 1999; "
           "end narrowed: still one of 'the nine' on 2 April 1999"},
    period{"CST", "AZE", status::withdrawn, cst_lapse_1999, boundary::open(), basis::de_jure, "002;003;004",
           "\"Azerbaijan, Georgia, and Uzbekistan withdrew from the Treaty.\" (003); no document ends the "
           "withdrawal (004 calls Azerbaijan a \"former member\" in 2022)",
           reading::primary, "aze-geo-left-1999"},
    period{"CST", "GEO", status::withdrawn, cst_lapse_1999, boundary::open(), basis::de_jure, "002;003;004",
           "\"Azerbaijan, Georgia, and Uzbekistan withdrew from the Treaty.\" (003); no document ends the "
           "withdrawal (004 calls Azerbaijan a \"former member\" in 2022)",
           reading::primary, "aze-geo-left-1999"},
    period{"CST", "UZB", status::withdrawn, cst_lapse_1999, boundary::open(), basis::de_jure, "003;004",
           "\"Azerbaijan, Georgia, and Uzbekistan withdrew from the Treaty.\" (003); no document ends the "
           "withdrawal (004 calls Azerbaijan a \"former member\" in 2022)"},

    // CSTO: the six continuing members from the Council's decision of 14 May 2002.
    // Armenia stays a member: its freeze is de facto, "did not take any
    // official actions" (004), so its standing does not change.
    period{"CSTO", "ARM", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    period{"CSTO", "BLR", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    period{"CSTO", "KAZ", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    period{"CSTO", "KGZ", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    period{"CSTO", "RUS", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    period{"CSTO", "TJK", status::member, csto_founded, boundary::open(), basis::de_jure, "001;003;004",
           "\"On May 14, 2002, in Moscow, the Collective Security Treaty was granted the status of an international, "
           "regional organisation\" (003)",
           reading::primary, "csto-founding"},
    // CSTO: Armenia's freeze of its participation (de facto, beside its
    // membership), dated by the day it was confirmed: the freeze began on or
    // before that day ("We have now in practical terms frozen"), on a day no
    // document gives; a boundary cannot reach back past its stated date, so
    // the confirmed day stands as the start, and the note says so.
    period{"CSTO", "ARM", status::frozen, "2024-02-23"_pd, boundary::open(), basis::de_facto, "004",
           "\"On 23 February 2024, Armenian Prime Minister, Nikol Pashinyan, confirmed that Armenia has frozen its "
           "participation in the CSTO.\" note 1: \"de facto (not formally)\"; the day it was confirmed: the freeze "
           "began on or before it",
           reading::primary, "armenia-freeze-year;armenia-freeze-standing"},
    // CSTO: Uzbekistan's second membership, its suspension and its withdrawal.
    period{"CSTO", "UZB", status::member, "2006"_pd, "2012-06-28"_pd, basis::de_jure, "004",
           "\"Uzbekistan withdrew from GUAM in 2005 and joined the CSTO in 2006 as a full member\" (004); "
           "ratified by the Uzbek parliament on 28 March 2008",
           reading::primary, "uzb-ratification;uzb-2012"},
    period{"CSTO", "UZB", status::suspended, "2012-06-28"_pd, uzb_withdrawal, basis::de_jure, "004",
           "\"On 28 June 2012, Uzbekistan suspended its membership in the CSTO.\" (004; reference 38: "
           "'Uzbekistan Suspends Its Membership in CSTO', 29 June 2012)",
           reading::primary, "uzb-2012"},
    period{"CSTO", "UZB", status::withdrawn, uzb_withdrawal, boundary::open(), basis::de_jure, "002;004",
           "\"Uzbekistan (which is no longer a member of the CSTO since 2012)\" (002); 004's table of former "
           "members gives 2012 as the year of withdrawal and its infobox counts \"3 former members\"; after the "
           "suspension of 28 June 2012, on a day no document gives",
           reading::primary, "uzb-2012"},
    // CRRF: the agreement of 4 February 2009 and Belarus's later signature.
    period{"CRRF", "ARM", status::signatory, "2009-02-04"_pd, boundary::open(), basis::de_jure, "004",
           "\"On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)\" "
           "— reached by five of the seven members, all but Belarus and Uzbekistan"},
    period{"CRRF", "KAZ", status::signatory, "2009-02-04"_pd, boundary::open(), basis::de_jure, "004",
           "\"On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)\" "
           "— reached by five of the seven members, all but Belarus and Uzbekistan"},
    period{"CRRF", "KGZ", status::signatory, "2009-02-04"_pd, boundary::open(), basis::de_jure, "004",
           "\"On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)\" "
           "— reached by five of the seven members, all but Belarus and Uzbekistan"},
    period{"CRRF", "RUS", status::signatory, "2009-02-04"_pd, boundary::open(), basis::de_jure, "004",
           "\"On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)\" "
           "— reached by five of the seven members, all but Belarus and Uzbekistan"},
    period{"CRRF", "TJK", status::signatory, "2009-02-04"_pd, boundary::open(), basis::de_jure, "004",
           "\"On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)\" "
           "— reached by five of the seven members, all but Belarus and Uzbekistan"},
    period{"CRRF", "BLR", status::signatory, "2009-10"_pd, boundary::open(), basis::de_jure, "004",
           "\"Belarus signed the agreement the following October, while Uzbekistan has never done so.\" "
           "— 'the following October' after February 2009: October 2009"},

    // CSTO-PA: observers.
    period{"CSTO-PA", "SRB", status::observer, boundary{"2013"_pd}.narrowed(day_of(2013, 1, 1), day_of(2013, 12, 4)),
           boundary::open(), basis::de_jure, "004",
           "\"accorded observer status in the CSTO Parliamentary Assembly in 2013\" — the National Assembly of the "
           "Republic of Serbia; start narrowed: reference 73 reporting it is dated 4 December 2013",
           reading::primary, "pa-observers-2013-reference"},
    period{"CSTO-PA", "AFG", status::observer, boundary{"2013"_pd}.narrowed(day_of(2013, 1, 1), day_of(2013, 12, 4)),
           "2021"_pd, basis::de_jure, "004",
           "\"accorded observer status in the CSTO Parliamentary Assembly in 2013, though the Islamic Republic collapsed "
           "in 2021\" — the Wolesi Jirga; certain until its state collapsed in 2021, unknown from then on (see "
           "unknown_spans): the document states no end; start narrowed: reference 73 is dated 4 December 2013",
           reading::primary, "pa-observers-2013-reference"},
    period{"CSTO-PA", "UNION-STATE-PA", status::observer, "2010"_pd, boundary::open(), basis::de_jure, "004",
           "\"Parliamentary Assembly of the Union of Belarus and Russia\" — table: year of entry 2010"},

    // SCO, as document 000 shows it on 24 December 2012 (its coverage starts that day: see sco_coverage).
    period{"SCO", "KAZ", status::member, boundary::open(), boundary::open(), basis::de_jure, "000",
           "\"together with Russia, also take part in the Shanghai Cooperation Organization (SCO)\" — Kazakhstan, "
           "Kirgizstan, Tajikistan and Russia, in December 2012; no document dates an accession"},
    period{"SCO", "KGZ", status::member, boundary::open(), boundary::open(), basis::de_jure, "000",
           "\"together with Russia, also take part in the Shanghai Cooperation Organization (SCO)\" — Kazakhstan, "
           "Kirgizstan, Tajikistan and Russia, in December 2012; no document dates an accession"},
    period{"SCO", "TJK", status::member, boundary::open(), boundary::open(), basis::de_jure, "000",
           "\"together with Russia, also take part in the Shanghai Cooperation Organization (SCO)\" — Kazakhstan, "
           "Kirgizstan, Tajikistan and Russia, in December 2012; no document dates an accession"},
    period{"SCO", "RUS", status::member, boundary::open(), boundary::open(), basis::de_jure, "000",
           "\"together with Russia, also take part in the Shanghai Cooperation Organization (SCO)\" — Kazakhstan, "
           "Kirgizstan, Tajikistan and Russia, in December 2012; no document dates an accession"},

    // GUAM.
    period{"GUAM", "GEO", status::member, "1997"_pd, boundary::open(), basis::de_jure, "004",
           "\"the GUAM group, established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova\""},
    period{"GUAM", "UKR", status::member, "1997"_pd, boundary::open(), basis::de_jure, "004",
           "\"the GUAM group, established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova\""},
    period{"GUAM", "AZE", status::member, "1997"_pd, boundary::open(), basis::de_jure, "004",
           "\"the GUAM group, established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova\""},
    period{"GUAM", "MDA", status::member, "1997"_pd, boundary::open(), basis::de_jure, "004",
           "\"the GUAM group, established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova\""},
    period{"GUAM", "UZB", status::member, "1999"_pd, "2005"_pd, basis::de_jure, "004",
           "\"At the same time, Uzbekistan joined the GUAM group\" — at the time of the 1999 renewal; left: "
           "\"Uzbekistan withdrew from GUAM in 2005\"",
           reading::primary, "uzb-guam-exit;uzb-1999-overlap"},
    period{"GUAM", "UZB", status::withdrawn, "2005"_pd, boundary::open(), basis::de_jure, "004",
           "\"Uzbekistan withdrew from GUAM in 2005\"", reading::primary, "uzb-guam-exit"},

    // EAEU observers.
    period{"EAEU", "UZB", status::observer, "2020-12-11"_pd, boundary::open(), basis::de_jure, "004",
           "\"after becoming observer to EAEU on 11 December 2020\""},
    period{"EAEU", "CUB", status::observer, "2020-12-11"_pd, boundary::open(), basis::de_jure, "004",
           "\"Uzbekistan, Cuba granted observer status at Eurasian Economic Union\" (004, reference 80, "
           "11 December 2020)"},

    // The CSTO itself as an observer.
    period{"UNGA", "CSTO", status::observer, "2004"_pd, boundary::open(), basis::de_jure, "003;004",
           "\"In 2004 the CSTO was granted Observer status in the UN General Assembly.\" (004)"},

    // --- alternative readings ---------------------------------------------------
    // cst-signing: 000 dates the signature October 1992 and lists Belarus, not Uzbekistan.
    period{"CST", "ARM", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    period{"CST", "BLR", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    period{"CST", "KAZ", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    period{"CST", "KGZ", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    period{"CST", "RUS", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    period{"CST", "TJK", status::signatory, "1992-10"_pd, cst_in_force, basis::de_jure, "000",
           "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
           "October 1992\"",
           reading::alternative, "cst-signing"},
    // cst-accession-1993: 002 reads the 1993 signatures as joining.
    period{"CST", "AZE", status::member, "1993"_pd, cst_lapse_1999, basis::de_jure, "002",
           "\"In 1993, Azerbaijan, Georgia (both countries left the CSTO in 1999) and Belarus joined the organization.\"",
           reading::alternative, "cst-accession-1993"},
    period{"CST", "BLR", status::member, "1993"_pd, csto_founded, basis::de_jure, "002",
           "\"In 1993, Azerbaijan, Georgia (both countries left the CSTO in 1999) and Belarus joined the organization.\"",
           reading::alternative, "cst-accession-1993"},
    period{"CST", "GEO", status::member, "1993"_pd, cst_lapse_1999, basis::de_jure, "002",
           "\"In 1993, Azerbaijan, Georgia (both countries left the CSTO in 1999) and Belarus joined the organization.\"",
           reading::alternative, "cst-accession-1993"},
    // csto-founding: the organisation from the Charter of 7 October 2002.
    period{"CST", "ARM", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CST", "BLR", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CST", "KAZ", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CST", "KGZ", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CST", "RUS", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CST", "TJK", status::member, cst_in_force, csto_charter, basis::de_jure, "003;004",
           "\"On October 7, 2002, the CSTO Charter was approved.\" (003)", reading::alternative, "csto-founding"},
    period{"CSTO", "ARM", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    period{"CSTO", "BLR", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    period{"CSTO", "KAZ", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    period{"CSTO", "KGZ", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    period{"CSTO", "RUS", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    period{"CSTO", "TJK", status::member, csto_charter, boundary::open(), basis::de_jure, "003;004",
           "\"7 October 2002 (as\" (004 infobox: Formation)", reading::alternative, "csto-founding"},
    // armenia-freeze-year: reference 69 dates the freeze 23 February 2023.
    period{"CSTO", "ARM", status::frozen, "2023-02-23"_pd, boundary::open(), basis::de_facto, "004",
           "\"Armenia freezes participation in Russia-led security bloc Prime Minister\" (004, reference 69, "
           "Reuters, 23 February 2023)",
           reading::alternative, "armenia-freeze-year"},
    // uzb-2012: Uzbekistan withdrew in 2012, with no suspension before (002 and 004's table alone).
    period{"CSTO", "UZB", status::member, "2006"_pd, "2012"_pd, basis::de_jure, "002;004",
           "\"Uzbekistan (which is no longer a member of the CSTO since 2012)\" (002); 004 table: CSTO 2006 2012",
           reading::alternative, "uzb-2012"},
    period{"CSTO", "UZB", status::withdrawn, "2012"_pd, boundary::open(), basis::de_jure, "002;004",
           "\"Uzbekistan (which is no longer a member of the CSTO since 2012)\" (002); 004 table: CSTO 2006 2012 "
           "(year of withdrawal)",
           reading::alternative, "uzb-2012"},
    // uzb-ratification: a member in fact from 2006, in law from the ratification of 28 March 2008.
    period{"CSTO", "UZB", status::member, "2006"_pd, "2008-03-28"_pd, basis::de_facto, "004",
           "\"its membership was later ratified by the Uzbek parliament on 28 March 2008\" — before the "
           "ratification, a member in fact only",
           reading::alternative, "uzb-ratification"},
    period{"CSTO", "UZB", status::member, "2008-03-28"_pd, "2012-06-28"_pd, basis::de_jure, "004",
           "\"its membership was later ratified by the Uzbek parliament on 28 March 2008\"",
           reading::alternative, "uzb-ratification"},
    // uzb-guam-exit: reference 14 reports the withdrawal on 18 June 2002.
    period{"GUAM", "UZB", status::member, "1999"_pd,
           boundary{"2002"_pd}.narrowed(day_of(2002, 1, 1), day_of(2002, 6, 18)), basis::de_jure, "004",
           "\"Uzbekistan: Tashkent Withdraws From GUUAM\" (004, reference 14, 18 June 2002) — end narrowed: "
           "reported on 18 June 2002",
           reading::alternative, "uzb-guam-exit"},
    period{"GUAM", "UZB", status::withdrawn, boundary{"2002"_pd}.narrowed(day_of(2002, 1, 1), day_of(2002, 6, 18)),
           boundary::open(), basis::de_jure, "004",
           "\"Uzbekistan: Tashkent Withdraws From GUUAM\" (004, reference 14, 18 June 2002)", reading::alternative,
           "uzb-guam-exit"},
    // pa-observers-2013-reference: reference 73's garbled "Retrieved 13 April 2013" would date the status earlier.
    period{"CSTO-PA", "SRB", status::observer, boundary{"2013"_pd}.narrowed(day_of(2013, 1, 1), day_of(2013, 4, 13)),
           boundary::open(), basis::de_jure, "004",
           "\"Partieved 13 April 2013.\" (004, reference 73, garbled 'Retrieved')", reading::alternative,
           "pa-observers-2013-reference"},
    period{"CSTO-PA", "AFG", status::observer, boundary{"2013"_pd}.narrowed(day_of(2013, 1, 1), day_of(2013, 4, 13)),
           "2021"_pd, basis::de_jure, "004",
           "\"Partieved 13 April 2013.\" (004, reference 73, garbled 'Retrieved')", reading::alternative,
           "pa-observers-2013-reference"},
};
static_assert(validated<periods>(), "the CSTO periods must be well-formed and free of contradictions");

// --- conflicts ----------------------------------------------------------------------

inline constexpr std::array conflicts{
    conflict{"cst-signing", "when and by whom the Collective Security Treaty was signed",
             "15 May 1992, by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan", "001;002;003;004",
             "October 1992, by Belarus, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and Russia", "000",
             "four documents against one; the day-precise date over the month; 004's note 2 and reference 3 "
             "('Concluded at Tashkent on 15 May 1992')"},
    conflict{"cst-signing-place", "where the Collective Security Treaty was signed", "Tashkent", "000;001;002;003;004",
             "Moscow ('the signing of the Collective Security Treaty and the 20th anniversary of forming this regional "
             "security organisation both of which occurred in Moscow')",
             "003", "all five documents, 003 included in its next paragraph, say Tashkent"},
    conflict{"cst-accession-1993", "what Azerbaijan, Belarus and Georgia did in 1993",
             "signed in 1993; parties from the entry into force on 20 April 1994 (004 table: year of entry 1994)",
             "003;004", "joined (became members) in 1993", "002",
             "two documents against one; 004's table gives 1994 as the year of entry"},
    conflict{"csto-founding", "when the CSTO was founded",
             "14 May 2002: the Collective Security Council's decision in Moscow", "001;002;003",
             "7 October 2002: the Charter (004 infobox, 003); also '2002' (004 body), 'started taking shape in May "
             "1992' (000), 'Organizations established in 1994' (004 categories)",
             "003;004;000",
             "001 and 003 date the decision; all three 2022 documents mark the 20th anniversary in May 2022; the "
             "Charter reading is kept as the alternative"},
    conflict{"uzb-2012", "how Uzbekistan left the CSTO in 2012",
             "suspended its membership on 28 June 2012, then withdrew later in 2012 (the day is not given)",
             "002;004",
             "withdrew in 2012, with no suspension (002: 'no longer a member of the CSTO since 2012'; 004 table of "
             "former members: year of withdrawal 2012)",
             "002;004",
             "the two are not either/or: 004's body dates the suspension, its table, its infobox ('3 former "
             "members') and 002 date the withdrawal to the same year; read in order they reconcile, and no "
             "document says the suspension was the end"},
    conflict{"uzb-ratification", "when Uzbekistan's second membership began in law",
             "2006: 'joined the CSTO in 2006 as a full member'", "004",
             "28 March 2008: 'its membership was later ratified by the Uzbek parliament on 28 March 2008' (a member in "
             "fact from 2006, in law from the ratification)",
             "004", "the document calls it a full member from 2006; the ratification is 'later', a confirmation"},
    conflict{"armenia-freeze-year", "the year of Armenia's freeze of its CSTO participation", "23 February 2024",
             "004", "23 February 2023 (reference 69, Reuters)", "004",
             "the body and references 1 and 2 (TASS, RFE/RL, 23 February 2024) over one reference date"},
    conflict{"uzb-guam-exit", "when Uzbekistan left GUAM", "2005", "004",
             "2002, on or before 18 June (reference 14: 'Tashkent Withdraws From GUUAM', 18 June 2002)", "004",
             "the body over a reference title"},
    conflict{"military-balance-edition", "the source year of the military-personnel table",
             "2020 ('sourced from the 2020 edition of The Military Balance')", "004",
             "2018 (references 83-88 'IISS 2018' and the bibliography's 'The Military Balance 2018')", "004",
             "the body over the references"},
    conflict{"pa-observers-2013-reference", "the latest day by which Serbia and Afghanistan were CSTO-PA observers",
             "4 December 2013 (reference 73's date)", "004",
             "13 April 2013 (reference 73's garbled 'Retrieved' date)", "004",
             "a page cannot be retrieved before it is published; the retrieval line is garbled"},
    conflict{"avim-publication-year", "the year of commentary 000 and of the Moscow summit of 19 December it reports",
             "2012 (Commentary No. 2012/101; 004 reference 6: Kyrgyzstan takes the presidency after the Moscow "
             "summit in December, retrieved 2 January 2013)",
             "000;004", "2025 (the 'To cite' line: 'KILIÇ, Alev. 2025')", "000",
             "the same line says it was accessed on 9 August 2025, before a 24 December 2025 could exist"},
    conflict{"kaz-entry-1004", "Kazakhstan's year of entry in 004's member table", "1994", "003;004",
             "1004 (the table's text)", "004", "a text-extraction garble: no such year; Kyrgyzstan's row reads 1994"},
    conflict{"aze-geo-left-1999", "what Azerbaijan and Georgia left in 1999", "the Collective Security Treaty (CST)",
             "003;004", "the CSTO ('both countries left the CSTO in 1999')", "002",
             "the CSTO was founded in 2002; 002 names the pre-2002 alliance by its later name"},
    conflict{"cst-entry-year", "when the original signatories became parties: 1992 or 1994",
             "signatories from 15 May 1992, parties from the entry into force on 20 April 1994 (004 tables: "
             "Kyrgyzstan 1994, Uzbekistan CST 1994 1999)",
             "003;004", "members from the signature of 15 May 1992 ('signed the treaty establishing the organization')",
             "002", "003 dates the entry into force and 004's tables give 1994 as the year of entry"},
    conflict{"csto-age", "how old the organisation was in May 2022",
             "20 years: 'the 20th anniversary of the establishment of the CSTO' (001; 003; 002 later in the text)",
             "001;002;003", "30 years: 'The Collective Security Treaty Organization (CSTO) has marked its 30th year' (002)",
             "002", "the 30 years are the treaty's, as 002 itself says ('the 30th anniversary of the Collective "
             "Security Treaty and the 20th anniversary of the organization')"},
    conflict{"armenia-freeze-standing", "what Armenia froze in 2024, and whether in law",
             "its participation, in fact: still a member ('de facto (not formally)', 'did not take any official "
             "actions', Peskov: the charter has no 'frozen membership' status)",
             "004", "its membership (note 1 'froze its membership'; reference 2 'Armenia's Membership ... \"Frozen\"'); "
             "reference 70 speaks of a 'potential de jure freeze'",
             "004", "every source that states a legal fact says there was none: a de facto freeze beside a de jure "
             "membership (the two layers)"},
    conflict{"armenia-may-2023", "what Armenia did about the CSTO in May 2023",
             "Pashinyan 'said that Armenia could consider withdrawing from the treaty'", "004",
             "it 'abandons Russia-led CSTO' (reference 63, euractiv, 23 May 2023)", "004",
             "the body over a headline; Armenia is still a member in 2024 in every source"},
    conflict{"interview-2023-09", "the day of Pashinyan's 'strategic mistake' interview",
             "3 September 2023 (body)", "004", "on or before 1 September 2023 (reference 65: 'Retrieved 1 September 2023')",
             "004", "the body states the day; a retrieval date is the editor's, not the event's"},
    conflict{"afghan-border-states", "which CSTO members border Afghanistan (003)",
             "Tajikistan only: of 'Tajikistan, Turkmenistan, and Uzbekistan', only Tajikistan is a member ('Uzbekistan "
             "and Turkmenistan are not members')",
             "003", "'Two of them, Kyrgyzstan and Tajikistan, are CSTO members'", "003",
             "Kyrgyzstan is not among the three states 003 names; its own later sentence bears the primary reading"},
    conflict{"finland-sweden-2022", "Finland and Sweden and NATO in May 2022",
             "they 'have expressed their desire to join NATO' (003; endnote 10: they 'will jointly submit their NATO "
             "applications', 17 May 2022)",
             "003", "Lukashenko 'condemned Finland and Sweden for joining NATO' (001)", "001",
             "001 reports a speech; no document dates an accession"},
    conflict{"kyrgyz-police-2010", "which police Otunbayeva asked for on 21 July 2010",
             "'CSTO police units' (body)", "004", "a 'CIS police force' (reference 34, Itar-Tass, 21 July 2010)", "004",
             "the body over a reference title; both are kept in the event's note"},
    conflict{"peacekeeping-force", "when the CSTO peacekeeping force was created, and whether it was deployed",
             "agreed on 6 October 2007 ('would create'), established by the declaration of 10 December 2010; deployed "
             "to Kazakhstan in January 2022",
             "004;002;003", "it 'has been deployed to areas of conflict, including Tajikistan and Kyrgyzstan' (004), "
             "while in 2010 the CSTO 'was unable to agree on providing military assistance to Kyrgyzstan'",
             "004", "only the dated steps are recorded; no document dates a deployment to Tajikistan or Kyrgyzstan"},
    conflict{"observer-count", "who the CSTO's observers are",
             "the Parliamentary Assembly's observers as 004's table lists them (Serbia 2013, the Union State's assembly "
             "2010, Afghanistan 2013); the CIS 'will receive observer status' (002), not dated as granted",
             "004;002", "the infobox's '1 observer' and '1 former observer', unnamed", "004",
             "the named and dated list over unnamed counts; the counts may be of another organ"},
    conflict{"csto-members-2009", "how many CSTO members there were",
             "seven from 2006 to 2012 ('five of the seven members', 2009), six before and after", "004",
             "'only six of them by agreement became' the CSTO (002)", "002",
             "002 speaks of the founding of 2002; Uzbekistan joined in 2006 (004) and, by 002's own words, left in 2012"},
    conflict{"cst-renewal-1999", "what the Protocol of 1999 did",
             "renewed the treaty 'for five more years' on 2 April 1999 (004)", "004",
             "'an automated system for extending the Treaty for five years' (003, 1999)", "003",
             "not exclusive: the event is dated by 004; the treaty's later expiry is dated by no document"},
    conflict{"csto-sco-agreement", "the day of the CSTO-SCO agreement of October 2007",
             "in October 2007, on or before the 6th (reference 19 retrieved on 6 October 2007)", "004",
             "the same meeting as the agreement of 6 October 2007 on a peacekeeping force (not stated)", "004",
             "no document says both were signed at one meeting"},
    conflict{"belarus-gas-2010", "the month Medvedev ordered the gas cut to Belarus",
             "'The following month' after the remarks reported on 25 April 2010 (reference 26): May 2010", "004",
             "June 2010 (reference 27, 'Russia Cuts Gas Supplies to Belarus', 20 June 2010)", "004",
             "the body's order; the reference may date the cut, not the order"},
    conflict{"uzb-1999-overlap", "whether Uzbekistan was in the CST and GUAM at once in 1999",
             "undecided: it left the treaty in 1999 after 2 April and joined GUAM 'at the same time'", "003;004",
             "it left the treaty on the day of the renewal (the 'same time')", "004",
             "the year-precision boundaries keep both possible; no day is given"},
    conflict{"europe-only-belarus", "the CSTO's members in Europe in 2012",
             "'The CSTOs only member in Europe is currently Belarus' (000)", "000",
             "004 serves 'Eastern Europe, Caucasus, Central Asia, Northern Asia' and Russia speaks of 'our western "
             "borders' (001)",
             "001;004", "a geographical reading, not a dated fact; the dataset records no region"},
    conflict{"armed-forces-1992", "the name of the armed forces formed in 1992",
             "'the United Armed Forces of the Commonwealth of Independent States' (004 lead)", "004",
             "'the Unified Armed Forces' (004 infobox)", "004", "the longer name says whose forces they were"},
    conflict{"section-headings-2022", "004's section headings against the dates they hold",
             "the dates in the text (events of September-November 2022 under '2023 to present')", "004",
             "the headings' spans", "004", "a heading is layout; the dated sentences are the facts"},
    conflict{"yerevan-summit-eve", "the day of the Yerevan protests: 23 November 2022 or its eve",
             "during the meeting of 23 November 2022 (body)", "004",
             "'On Eve Of Yerevan Summit' (reference 49, 23 November 2022)", "004",
             "the body dates the meeting; the protests' day is not recorded"},
    conflict{"article4-armenia-day", "the day Armenia invoked Article 4 in 2022",
             "13 or 14 September 2022 (after the fighting of the 13th; reference 47 of the 14th)", "004",
             "13 September 2022 (the sentence reads as the same day)", "004",
             "a narrowed boundary keeps both days"},
    conflict{"chair-succession", "who chaired the CSTO when",
             "Kyrgyzstan from about December 2012, Armenia in May 2022, Lukashenko in May 2024, each seen once", "003;004",
             "a chair on any other day", "004", "the documents date no handover: terms are open at both ends"},
    conflict{"name-variants", "how the documents spell names",
             "the usual spellings (Kyrgyzstan, Rahmon, Zhaparov/Japarov, Stanislav Zas, Tasmagambetov, SCO)",
             "001;002;003;004", "'Kirgizstan', 'Kazahkstan', 'Rakhmon', 'Stanislas Zas', 'Tasmagaml betov', 'CSO', "
             "'OZDEKISTAN', 'CSI'",
             "000;001;004", "spelling and extraction variants; the documents' own spellings are aliases where they "
             "name a party"},
    conflict{"sourcing-gaps", "facts whose cited source is missing",
             "kept, cited to the document that states them", "003;004",
             "003's endnote [3] (UN registration, observer status), 004's reference 75 (the PA table) and 002's "
             "'all the 16 Soviet republics' have no source to check",
             "002;003;004", "the dataset cites the documents, not their sources; the gaps are noted"},
};

// --- events ---------------------------------------------------------------------------

inline constexpr std::array events{
    event{"CIS", event_kind::founding, "the Unified Armed Forces of the CIS formed (004 infobox: the CSTO's first 'Formation')",
          "1992-02-14"_pd, boundary::open(), "", "", "", "004", "\"Formation 14 February 1992 (as the\" (004 infobox)", reading::primary, "armed-forces-1992"},
    event{"CST", event_kind::treaty, "Collective Security Treaty signed", "1992-05-15"_pd, boundary::open(), "Tashkent",
          "ARM;KAZ;KGZ;RUS;TJK;UZB", "", "001;002;003;004",
          "\"The Collective Security Treaty (CST) was signed on May 15, 1992, in Tashkent.\" (001)", reading::primary,
          "cst-signing"},
    event{"CST", event_kind::treaty, "Collective Security Treaty signed", "1992-10"_pd, boundary::open(), "Tashkent",
          "BLR;ARM;KAZ;KGZ;TJK;RUS", "", "000",
          "\"a treaty signed in Tashkent by Belarus, Armenia, Kazakhstan, Kirgizstan, Tajikistan and Russia in "
          "October 1992\"",
          reading::alternative, "cst-signing"},
    event{"CST", event_kind::treaty, "Collective Security Treaty signed (place per 003)", "1992-05-15"_pd,
          boundary::open(), "Moscow", "", "", "003",
          "\"both of which occurred in Moscow\"", reading::alternative, "cst-signing-place"},
    event{"CST", event_kind::treaty, "Azerbaijan, Belarus and Georgia sign the treaty", "1993"_pd, boundary::open(), "",
          "AZE;BLR;GEO", "", "002;003;004", "\"Azerbaijan, Belarus, and Georgia later joined this bloc in 1993.\" (003)"},
    event{"CST", event_kind::entry_into_force, "the treaty enters into force", cst_in_force, boundary::open(), "", "",
          "", "003;004", "\"On April 20, 1994, the Treaty went into force following the conclusion of the national "
                         "ratification processes.\" (003)"},
    event{"CST", event_kind::milestone, "correction of the treaty", "1995-05-18"_pd, boundary::open(), "", "", "",
          "004", "\"Correction of 18 May 1995 of the above-mentioned Treaty\" (reference 3)"},
    event{"CST", event_kind::milestone, "correction of the treaty", "1995-10-09"_pd, boundary::open(), "", "", "",
          "004", "\"Correction of 9 October 1995 of the above-mentioned Treaty\" (reference 3)"},
    event{"CST", event_kind::treaty, "Protocol on the Extension of the Collective Security Treaty (renewal for five years)",
          "1999-04-02"_pd, boundary::open(), "", "ARM;BLR;KAZ;KGZ;RUS;TJK", "", "003;004",
          "\"On 2 April 1999, six of the nine—all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty "
          "for five more years.\" (004)", reading::primary, "cst-renewal-1999"},
    event{"GUAM", event_kind::founding, "GUAM established by Georgia, Ukraine, Azerbaijan and Moldova", "1997"_pd,
          boundary::open(), "", "GEO;UKR;AZE;MDA", "", "004", "\"the GUAM group, established in 1997\""},
    event{"SCO", event_kind::founding, "Shanghai Cooperation Organization established", "1996"_pd, boundary::open(), "",
          "", "", "000", "\"Shanghai Cooperation Organization (SCO) established in 1996\""},
    event{"CSTO", event_kind::founding, "the Collective Security Council decides to create the CSTO", csto_founded,
          boundary::open(), "Moscow", "", "", "001;003",
          "\"On May 14, 2002, the Collective Security Council in Moscow decided to reorganize the mechanisms and "
          "cooperation structures of the CST member countries into an international regional organization\" (001)",
          reading::primary, "csto-founding"},
    event{"CSTO", event_kind::milestone, "the CSTO Charter approved", csto_charter, boundary::open(), "", "", "",
          "003;004", "\"On October 7, 2002, the CSTO Charter was approved.\" (003) — undisputed; the "
          "alternative founding day of conflict csto-founding",
          reading::primary, "csto-founding"},
    event{"CSTO", event_kind::milestone, "the UN Secretariat registers the CSTO Charter", "2003-12"_pd,
          boundary::open(), "", "", "", "003", "\"In December 2003, the UN Secretariat formally registered the CSTO Charter.\"", reading::primary, "sourcing-gaps"},
    event{"UNGA", event_kind::milestone, "the CSTO granted observer status in the UN General Assembly", "2004"_pd,
          boundary::open(), "", "CSTO", "", "003;004",
          "\"In 2004, the United Nations General Assembly gave the Organization observer status.\" (003)"},
    event{"CSTO", event_kind::exercise, "common military exercises", "2005"_pd, boundary::open(), "", "", "", "004",
          "\"During 2005, the CSTO partners conducted some common military exercises.\""},
    event{"CSTO", event_kind::milestone, "Uzbekistan joins the CSTO as a full member", "2006"_pd, boundary::open(), "",
          "UZB", "", "004", "\"joined the CSTO in 2006 as a full member\"", reading::primary, "uzb-ratification"},
    event{"CSTO", event_kind::statement, "Secretary General Bordyuzha suggests Iran could join",
          boundary{"2007-05"_pd}.narrowed(day_of(2007, 5, 1), day_of(2007, 5, 14)), boundary::open(), "", "IRN", "",
          "004", "\"In May 2007, the CSTO secretary-general Nikolai Bordyuzha suggested Iran could join the CSTO\" — "
                 "narrowed: reference 79 reporting it is dated 14 May 2007"},
    event{"CSTO", event_kind::milestone, "agreement on a CSTO peacekeeping force", "2007-10-06"_pd, boundary::open(),
          "", "", "", "004",
          "\"On 6 October 2007, CSTO members agreed to a major expansion of the organization that would create a "
          "CSTO peacekeeping force\"", reading::primary, "peacekeeping-force"},
    event{"CSTO", event_kind::treaty, "CSTO–SCO agreement to broaden cooperation",
          boundary{"2007-10"_pd}.narrowed(day_of(2007, 10, 1), day_of(2007, 10, 6)), boundary::open(), "Dushanbe",
          "CSTO;SCO", "", "004",
          "\"In October 2007, the CSTO signed an agreement with the Shanghai Cooperation Organisation (SCO), in the "
          "Tajik capital of Dushanbe\" — narrowed: reference 19 on it was retrieved on 6 October 2007", reading::primary, "csto-sco-agreement"},
    event{"CSTO", event_kind::milestone, "the Uzbek parliament ratifies Uzbekistan's membership", "2008-03-28"_pd,
          boundary::open(), "", "UZB", "", "004", "\"its membership was later ratified by the Uzbek parliament on 28 March 2008\"",
          reading::primary, "uzb-ratification"},
    event{"CRRF", event_kind::treaty, "agreement to create the Collective Rapid Reaction Force", "2009-02-04"_pd,
          boundary::open(), "", "ARM;KAZ;KGZ;RUS;TJK", "", "004",
          "\"was reached by five of the seven members\" — all but Belarus and Uzbekistan", reading::primary, "csto-members-2009"},
    event{"CRRF", event_kind::milestone, "CRRF plans finalised", "2009-06-14"_pd, boundary::open(), "", "", "", "004",
          "\"with plans finalized on 14\" (004: '14 ... June', split by the page layout; the year is 2009)"},
    event{"CRRF", event_kind::treaty, "Belarus signs the CRRF agreement", "2009-10"_pd, boundary::open(), "", "BLR", "",
          "004", "\"Belarus signed the agreement the following October\""},
    event{"CSTO", event_kind::summit, "CSTO summit boycotted by Belarus (Milk War)",
          boundary{"2009"_pd}.narrowed(day_of(2009, 6, 13), day_of(2009, 6, 14)), boundary::open(), "Moscow", "", "",
          "004",
          "\"In 2009, Belarus boycotted the CSTO summit due to their Milk War with Russia.\" — narrowed and placed by "
          "references 22 ('Belarus leader may snub Moscow security meet', 13 June 2009) and 25 ('Minsk snubs Moscow "
          "meet', 14 June 2009)"},
    event{"CSTO", event_kind::statement, "Uzbekistan criticises plans for a CRRF base in southern Kyrgyzstan",
          "2009-08-03"_pd, boundary::open(), "", "UZB", "", "004",
          "\"On 3 August 2009, the Ministry of Foreign Affairs of Uzbekistan criticized plans by Russia to establish a "
          "military base in southern Kyrgyzstan\""},
    event{"CSTO", event_kind::statement, "Medvedev orders Gazprom to cut gas supplies to Belarus",
          boundary{"2010"_pd}.narrowed(day_of(2010, 5, 1), day_of(2010, 6, 20)), boundary::open(), "", "RUS;BLR", "",
          "004",
          "\"The following month, President Medvedev ordered the CEO of Russia's natural gas monopoly Gazprom to cut gas "
          "supplies to Belarus\" — the month is not named: after the remarks of reference 26 (25 April 2010), on or "
          "before reference 27 (\"Russia Cuts Gas Supplies to Belarus\", 20 June 2010)",
          reading::primary, "belarus-gas-2010"},
    event{"CSTO", event_kind::statement, "Kyrgyz clashes: calls on the CSTO to intervene; it does not", "2010-06"_pd,
          boundary::open(), "", "KGZ", "", "004",
          "\"In June 2010, ethnic clashes broke out between ethnic Kyrgyz and Uzbeks in southern Kyrgyzstan\""},
    event{"CSTO", event_kind::statement, "Medvedev and Bordyuzha: the Kyrgyz violence is a domestic affair", "2010-06"_pd,
          boundary::open(), "", "RUS;KGZ", "", "004",
          "\"all the problems of Kyrgyzstan have internal roots\" (Medvedev); Bordyuzha called the violence "
          "\"purely a domestic affair\" — during the clashes of June 2010"},
    event{"CSTO", event_kind::statement, "Bordyuzha: \"foreign mercenaries\" provoked the Kyrgyz violence",
          boundary{"2010"_pd}.narrowed(day_of(2010, 6, 1), day_of(2010, 7, 1)), boundary::open(), "", "KGZ", "", "004",
          "\"Later, however, Bordyuzha admitted that the CSTO response may have been inadequate\" — narrowed: after "
          "the clashes of June 2010, reported by reference 33 on 1 July 2010"},
    event{"CSTO", event_kind::statement, "Otunbayeva calls for CSTO police units in southern Kyrgyzstan",
          "2010-07-21"_pd, boundary::open(), "", "KGZ", "", "004",
          "\"On 21 July 2010, interim Kyrgyz President Roza Otunbayeva called for the introduction of CSTO police units\"", reading::primary, "kyrgyz-police-2010"},
    event{"CSTO", event_kind::statement, "Kyrgyz deputy chairman: appeals to the CSTO were ignored",
          boundary{"2010"_pd}.narrowed(day_of(2010, 7, 22), day_of(2010, 8, 11)), boundary::open(), "", "KGZ", "", "004",
          "\"Only weeks later the deputy chairman of Otubayeva's interim Kyrgyz government complained that their "
          "appeals for help from the CSTO had been ignored.\" — narrowed: after the call of 21 July 2010, reported by "
          "reference 35 on 11 August 2010"},
    event{"CSTO", event_kind::meeting, "meeting unable to agree on military assistance to Kyrgyzstan",
          boundary{"2010"_pd}.narrowed(day_of(2010, 7, 22), day_of(2010, 8, 20)), boundary::open(), "Yerevan",
          "KGZ;BLR", "", "004",
          "\"The CSTO was unable to agree on providing military assistance to Kyrgyzstan at a meeting in Yerevan, "
          "Armenia\" — narrowed: after the call of 21 July 2010, reported by reference 36 on 20 August 2010"},
    event{"CSTO", event_kind::summit, "declaration establishing a CSTO peacekeeping force", "2010-12-10"_pd,
          boundary::open(), "", "", "", "004",
          "\"On 10 December 2010, the member states approved a declaration establishing a CSTO peacekeeping force\"", reading::primary, "peacekeeping-force"},
    event{"CSTO", event_kind::exercise, "largest CSTO exercise", boundary{"2011"_pd}.narrowed(day_of(2011, 1, 1), day_of(2011, 9, 23)),
          boundary::open(), "Southern Russia and central Asia", "", "more than 10,000 troops and 70 combat aircraft",
          "004",
          "\"The largest of such exercises was held in Southern Russia and central Asia in 2011, consisting of more "
          "than 10,000 troops and 70 combat aircraft.\" — start narrowed: reference 8 'Russia Launches War Games', "
          "23 September 2011"},
    event{"CSTO", event_kind::milestone, "members can veto new foreign military bases", "2011-12-21"_pd,
          boundary::open(), "", "", "", "004",
          "\"Since 21 December 2011, the Treaty parties can veto the establishment of new foreign military bases\""},
    event{"CSTO", event_kind::milestone, "Uzbekistan suspends its membership", "2012-06-28"_pd, boundary::open(), "",
          "UZB", "", "004", "\"On 28 June 2012, Uzbekistan suspended its membership in the CSTO.\"", reading::primary,
          "uzb-2012"},
    event{"CSTO", event_kind::milestone, "Uzbekistan withdraws", uzb_withdrawal, boundary::open(), "", "UZB", "",
          "002;004",
          "\"Uzbekistan (which is no longer a member of the CSTO since 2012)\" (002) — after the suspension of 28 June "
          "2012; the day is not given",
          reading::primary, "uzb-2012"},
    event{"CSTO", event_kind::summit, "Moscow summit", "2012-12-19"_pd, boundary::open(), "Moscow", "", "", "000",
          "\"has convened on December 19 in Moscow\" — the year from Commentary No. 2012/101",
          reading::primary, "avim-publication-year;europe-only-belarus"},
    event{"CSTO-PA", event_kind::milestone, "Serbia's and Afghanistan's parliaments become observers",
          boundary{"2013"_pd}.narrowed(day_of(2013, 1, 1), day_of(2013, 12, 4)), boundary::open(), "", "SRB;AFG", "",
          "004", "\"were accorded observer status in the CSTO Parliamentary Assembly in 2013\"", reading::primary,
          "pa-observers-2013-reference"},
    event{"CSTO", event_kind::exercise, "psychological and cyber warfare exercises", "2014-08"_pd, boundary::open(),
          "Kazakhstan", "ARM;BLR;KAZ;KGZ;RUS;TJK", "3,000 soldiers", "004",
          "\"In August 2014, 3,000 soldiers from the members of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and "
          "Tajikistan participated in psychological and cyber warfare exercises in Kazakhstan\""},
    event{"CSTO-PA", event_kind::statement, "Iran and other states might become observers", "2014-11-06"_pd,
          boundary::open(), "", "IRN", "", "004",
          "\"Iran, other states might become observers at CSTO parliamentary assembly Naryshkin\" (reference 5, TASS, "
          "6 November 2014)"},
    event{"CSTO", event_kind::statement, "Bordyuzha offers a peacekeeping mission to Donbas", "2015-03-19"_pd,
          boundary::open(), "", "", "", "004",
          "\"On 19 March 2015, the CSTO Secretary General Nikolai Bordyuzha offered to send a peacekeeping mission to "
          "Donbas, Ukraine.\""},
    event{"CSTO", event_kind::meeting, "Foreign Ministers Council adopts cyber-security measures",
          boundary{"2017"_pd}.narrowed(day_of(2017, 1, 1), day_of(2017, 7, 18)), boundary::open(), "Minsk", "", "",
          "004",
          "\"CSTO foreign ministers adopt measures to curb IT crime during Minsk meeting\" (reference 82, 18 July "
          "2017; the body gives no date)"},
    event{"CSTO", event_kind::meeting, "CSTO meeting in Nur-Sultan", "2018-11-08"_pd, boundary::open(),
          "Nur-Sultan, Kazakhstan", "", "", "004", "\"The CSTO meeting in Nur-Sultan, Kazakhstan, 8 November 2018\" (image caption)"},
    event{"EAEU", event_kind::milestone, "Uzbekistan and Cuba become observers", "2020-12-11"_pd, boundary::open(), "",
          "UZB;CUB", "", "004", "\"after becoming observer to EAEU on 11 December 2020\""},
    event{"CSTO", event_kind::statement, "Zas calls an Azerbaijani incursion into Armenia a \"border incident\"",
          boundary{"2021-07"_pd}.narrowed(day_of(2021, 7, 1), day_of(2021, 7, 9)), boundary::open(), "", "ARM;AZE", "",
          "004",
          "\"In July 2021, CSTO Secretary-General Stanislav Zas was criticised by Armenian politicians\" — the CSTO "
          "\"remained inactive during the conflict\"; narrowed: reference 41 reports it on 9 July 2021"},
    event{"CSTO", event_kind::statement, "Tajikistan appeals to CSTO members over Afghanistan",
          boundary{"2021-07"_pd}.narrowed(day_of(2021, 7, 1), day_of(2021, 7, 7)), boundary::open(), "", "TJK", "",
          "004",
          "\"In July 2021, Tajikistan appealed to members of CSTO for help\" — narrowed: references 42 and 43 report "
          "it on 7 July 2021"},
    event{"CSTO", event_kind::meeting, "Uzbekistan's president joins a CSTO meeting as a guest", "2021"_pd,
          boundary::open(), "", "UZB", "", "004",
          "\"while its president joined a CSTO meeting as a guest, sparking rumours about potential reentry into CSTO\" "
          "— the same year Uzbekistan \"conducted a bilateral military exercise with Russia and trilateral military "
          "exercise with Russia and Tajikistan\", which are not CSTO exercises"},
    event{"CSTO", event_kind::article4, "Kazakhstan invokes Article 4",
          boundary{"2022-01"_pd}.narrowed(day_of(2022, 1, 1), day_of(2022, 1, 5)), boundary::open(), "", "KAZ", "",
          "003",
          "\"Invoking Article 4 of the Treaty, Kazakh President Tokayev had requested that the CSTO send peacekeeping "
          "forces\" — narrowed: before the deployment announced on 5 January 2022 (004)"},
    event{"CSTO", event_kind::statement, "deployment of CSTO peacekeepers to Kazakhstan announced", "2022-01-05"_pd,
          boundary::open(), "", "KAZ", "", "004",
          "\"On 5 January 2022, CSTO peacekeepers were announced to be deployed to Kazakhstan\""},
    event{"CSTO", event_kind::mission, "peacekeeping deployment to Kazakhstan",
          boundary{"2022-01"_pd}.narrowed(day_of(2022, 1, 5), day_of(2022, 1, 11)), boundary::open(), "Kazakhstan", "",
          "2,000 peacekeepers", "002;003;004",
          "\"In January 2022, the CSTO deployed 2,000 of its peacekeepers to Kazakhstan.\" (003) — narrowed: not "
          "before the announcement of 5 January, and the forces began their withdrawal on 11 January (004); the "
          "end of the withdrawal is not dated"},
    event{"CSTO", event_kind::mission, "CSTO forces begin their withdrawal from Kazakhstan", "2022-01-11"_pd,
          boundary::open(), "Kazakhstan", "", "", "004",
          "\"On 11 January the same year, CSTO forces began their withdrawal from Kazakhstan.\""},
    event{"CSTO", event_kind::statement, "no CSTO involvement in the war in Ukraine", "2022-02"_pd, boundary::open(),
          "", "", "", "004",
          "\"Since the start of the Russian invasion of Ukraine in February 2022 there has been no CSTO involvement or "
          "official participation of other CSTO members in the conflict.\""},
    event{"CSTO", event_kind::summit, "30th anniversary summit (Collective Security Council)", "2022-05-16"_pd,
          boundary::open(), "Kremlin, Moscow", "ARM;BLR;KAZ;KGZ;RUS;TJK", "", "001;002;003",
          "\"The leaders of the Collective Security Treaty Organization (CSTO) member states met in Moscow on May 16\" "
          "(001); attended by Pashinyan, Lukashenko, Tokayev, Japarov, Putin, Rahmon and Secretary General Zas", reading::primary, "csto-age"},
    event{"CSTO", event_kind::milestone, "the CIS to receive observer status at the CSTO", "2022-05-16"_pd,
          boundary::open(), "", "CIS", "", "002",
          "\"the CIS will receive observer status at the CSTO\" — decided, not dated as granted; no period is recorded", reading::primary, "observer-count"},
    event{"CSTO", event_kind::exercise, "joint declaration: joint exercises in Central Asia along the Afghan border",
          "2022-05-16"_pd, boundary::open(), "Central Asia", "ARM;BLR;KAZ;KGZ;RUS;TJK", "", "003",
          "\"all member nations agreed in a joint declaration to conduct joint military exercises in Central Asia along "
          "the Afghan border\" — at the summit of 16 May 2022; the exercises themselves are not dated", reading::primary, "afghan-border-states"},
    event{"NATO", event_kind::statement, "Finland and Sweden to submit NATO applications", "2022-05-17"_pd,
          boundary::open(), "Helsinki", "", "", "003",
          "\"The leaders of Finland and Sweden say they will jointly submit their NATO applications\" (endnote 10)", reading::primary, "finland-sweden-2022"},
    event{"CSTO", event_kind::article4, "Armenia invokes Article 4",
          boundary{"2022-09"_pd}.narrowed(day_of(2022, 9, 13), day_of(2022, 9, 14)), boundary::open(), "", "ARM", "",
          "004",
          "\"Armenia triggered Article 4 of the treaty\" — after fighting began on 13 September 2022; references 46 "
          "and 47 report it on 14 September 2022", reading::primary, "article4-armenia-day"},
    event{"CSTO", event_kind::mission, "monitoring mission to the Armenia–Azerbaijan border", "2022-09-15"_pd,
          boundary::open(), "Armenia–Azerbaijan border", "", "", "004",
          "\"To discuss the results of the CSTO mission sent on 15 September 2022\" — \"including CSTO Secretary "
          "General Stanislav Zas and Anatoly Sidorov\"", reading::primary, "section-headings-2022"},
    event{"CSTO", event_kind::mission, "similar mission near the Kyrgyzstan–Tajikistan border", "2022"_pd,
          boundary::open(), "Kyrgyzstan–Tajikistan border", "KGZ;TJK", "", "004",
          "\"A similar event also took place near the Kyrgyzstan—Tajikistan border throughout 2022.\""},
    event{"CSTO", event_kind::meeting, "extraordinary session of the Collective Security Council (videoconference)",
          "2022-10-28"_pd, boundary::open(), "videoconference", "ARM;BLR;KAZ;KGZ;RUS;TJK", "", "004",
          "\"an extraordinary session of the CSTO was held via videoconference on 28 October 2022\" — chaired by "
          "Pashinyan"},
    event{"CSTO", event_kind::summit, "regular Collective Security Council meeting; Pashinyan refuses the declaration",
          "2022-11-23"_pd, boundary::open(), "Yerevan", "ARM;BLR;KAZ;KGZ;RUS;TJK", "", "004",
          "\"A regular Collective Security Council meeting took place on 23 November 2022 with leaders of all CSTO "
          "members being present\"", reading::primary, "yerevan-summit-eve"},
    event{"CSTO", event_kind::exercise, "Armenia refuses to hold CSTO military drills",
          boundary{"2023-01"_pd}.narrowed(day_of(2023, 1, 1), day_of(2023, 1, 10)), boundary::open(), "Armenia", "ARM",
          "", "004",
          "\"The diplomatic friction continued into January 2023, after Pashinyan refused to hold common military "
          "drills\" — narrowed: reference 61 reports it on 10 January 2023"},
    event{"CSTO", event_kind::statement, "Lavrov offers a CSTO mission on the Armenia–Azerbaijan border",
          "2023-02-02"_pd, boundary::open(), "", "RUS;ARM", "", "004",
          "\"offered the deployment of a CSTO mission along the Armenia-Azerbaijan border on 2 February 2023\""},
    event{"CSTO-PA", event_kind::meeting, "Council of the Parliamentary Assembly meets", "2023-05"_pd,
          boundary::open(), "Minsk", "", "", "004",
          "\"Meeting of the Council of the Parliamentary Assembly of the Collective Security Treaty Organization in "
          "Minsk (May 2023)\" (image caption)"},
    event{"CSTO", event_kind::statement, "Pashinyan: Armenia could consider withdrawing", "2023-05"_pd,
          boundary::open(), "", "ARM", "", "004",
          "\"In May 2023, after the conflict between Armenia and Azerbaijan escalated, the Armenian Prime Minister "
          "Nikol Pashinyan said that Armenia could consider withdrawing from the treaty\"", reading::primary, "armenia-may-2023"},
    event{"CSTO", event_kind::statement, "Pashinyan: \"Armenia is not an ally of Russia in the war in Ukraine\"",
          "2023-06-01"_pd, boundary::open(), "", "ARM", "", "004",
          "\"In an interview with CNN broadcast on 1 June 2023, Pashinyan stated that\""},
    event{"CSTO", event_kind::statement, "Pashinyan: relying solely on Russia was a strategic mistake", "2023-09-03"_pd,
          boundary::open(), "", "ARM", "", "004",
          "\"On 3 September 2023, during an interview, Armenian prime minister Nikol Pashinyan stated that it was a "
          "strategic mistake\"", reading::primary, "interview-2023-09"},
    event{"CSTO", event_kind::statement, "protesters in Yerevan call for Armenia's withdrawal from the CSTO",
          boundary{"2023"_pd}.narrowed(day_of(2023, 1, 1), day_of(2023, 9, 21)), boundary::open(), "Yerevan", "ARM",
          "", "004",
          "\"Some protesters called for the rejection of the Alma-Ata Protocol, and Armenia's withdrawal from the "
          "CSTO.\" — during the 2023 protests after the Nagorno-Karabakh offensive; narrowed: reference 66 of 21 "
          "September 2023 answers them"},
    event{"CSTO", event_kind::exercise, "Armenia declines military exercises", "2023-10"_pd, boundary::open(), "", "ARM",
          "", "004", "\"Armenia declined participating in military exercises and the CIS summit in Kyrgyzstan in October 2023\""},
    event{"CSTO", event_kind::statement, "Pashinyan confirms Armenia's freeze", "2024-02-23"_pd, boundary::open(), "",
          "ARM", "", "004", "\"We have now in practical terms frozen our participation in this treaty\"",
          reading::primary, "armenia-freeze-year"},
    event{"CSTO", event_kind::statement, "Armenia freezes participation (reference 69's date)", "2023-02-23"_pd,
          boundary::open(), "", "ARM", "", "004",
          "\"Armenia freezes participation in Russia-led security bloc Prime Minister\" (reference 69)",
          reading::alternative, "armenia-freeze-year"},
    event{"CSTO", event_kind::statement, "Pashinyan calls the CSTO a threat to Armenia's national security",
          "2024-02-28"_pd, boundary::open(), "National Assembly of Armenia", "ARM", "", "004",
          "\"On 28 February 2024, during a speech made in the National Assembly, Pashinyan further stated that the "
          "CSTO is\""},
    event{"CSTO", event_kind::statement, "Peskov: the CSTO charter has no \"frozen membership\" status",
          boundary{"2024"_pd}.narrowed(day_of(2024, 2, 28), day_of(2024, 5, 12)), boundary::open(), "", "RUS;ARM", "",
          "004",
          "\"Dmitri Peskov stated that the CSTO charter does not include provisions for a\" \"frozen membership\" "
          "status — responding to Pashinyan's remarks of 28 February 2024; the day is not given",
          reading::primary, "armenia-freeze-standing"},
    event{"CSTO", event_kind::statement, "Pashinyan warns of a potential de jure freeze",
          boundary{"2024"_pd}.narrowed(day_of(2024, 1, 1), day_of(2024, 2, 28)), boundary::open(), "", "ARM", "", "004",
          "\"Pashinyan warns of potential de jure freeze of Armenia's activities in CSTO if the current process "
          "continues\" (reference 70, archived on 28 February 2024) — so no de jure freeze by then",
          reading::primary, "armenia-freeze-standing"},
    event{"CSTO", event_kind::statement, "Pashinyan: Armenia would withdraw unless the CSTO clarifies its territory",
          "2024-03-12"_pd, boundary::open(), "", "ARM", "", "004",
          "\"On 12 March, Pashinyan said that the CSTO needed to clarify\" — the year from reference 71 (12 March 2024)"},
    event{"CSTO", event_kind::milestone, "Armenia stops its financial contributions", "2024-05-08"_pd,
          boundary::open(), "", "ARM", "", "004",
          "\"On 8 May 2024, Armenia announced it had stopped making financial contributions to the CSTO.\""},
};

// --- office terms -----------------------------------------------------------------------

inline constexpr std::array offices{
    office_term{"CSTO", "Secretary General", "Nikolai Bordyuzha", "", boundary::open(), boundary::open(), false,
                "2007-05"_pd, "004",
                "\"In May 2007, the CSTO secretary-general Nikolai Bordyuzha\" — also in office in June 2010 and on "
                "19 March 2015; the documents date neither end of the term"},
    office_term{"CSTO", "Secretary General", "Stanislav Zas", "", boundary::open(), "2023-01-01"_pd, false,
                "2022-05-16"_pd, "001;003;004",
                "\"The event was also attended by CSTO Secretary General Stanislav Zas.\" (001) — in office July 2021 "
                "to November 2022; end inferred from the successor's first day, 1 January 2023", reading::primary, "name-variants"},
    office_term{"CSTO", "Secretary General", "Imangali Tasmagambetov", "KAZ", "2023-01-01"_pd, boundary::open(), true,
                "2023-01-01"_pd, "004",
                "\"The current secretary general is former Kazakh Prime Minister Imangali Tasmagambetov, who took "
                "office on 1 January 2023.\""},
    office_term{"CSTO", "Chair (rotating presidency)", "KGZ", "KGZ", boundary::open(), boundary::open(), false,
                "2013"_pd, "004",
                "\"Kyrgyzstan to take over CSTO presidency after Moscow summit in December\" (reference 6, retrieved "
                "2 January 2013) — the handover is not dated", reading::primary, "chair-succession"},
    office_term{"CSTO", "Chair (rotating presidency)", "ARM", "ARM", boundary::open(), boundary::open(), false,
                "2022-05-16"_pd, "003;004",
                "\"Even though Armenia currently chairs the CSTO, the Summit was held in Kremlin, Moscow.\" (003) — "
                "Pashinyan chaired the session of 28 October 2022 (004)", reading::primary, "chair-succession"},
    office_term{"CSTO", "Chair (rotating presidency)", "Alexander Lukashenko", "BLR", boundary::open(),
                boundary::open(), false, "2024-05-12"_pd, "004",
                "\"Chairman\tAlexander Lukashen\" (004 infobox, split by the page layout; as of the page's last edit, "
                "12 May 2024)", reading::primary, "chair-succession"},
    office_term{"CSTO-PA", "Chairman", "Vyacheslav Volodin", "RUS", boundary::open(), boundary::open(), false,
                "2022-05"_pd, "002",
                "\"Chairman of the CSTO Parliamentary Assembly, Speaker of the State Duma (lower house of legislators) "
                "Vyacheslav Volodin\""},
};

// --- figures ---------------------------------------------------------------------------------

// 004's military-personnel table: Active, Reserve, Paramilitary, Total, per 1000 capita (total), per 1000 (active).
#define ALLIANCE_CSTO_PERSONNEL(KEY, NAME, ACTIVE, RESERVE, PARA, TOTAL, PER_TOTAL, PER_ACTIVE)                             \
    figure{KEY, "active military personnel", ACTIVE, "2020"_pd, "004", "\"" NAME "\" (military-personnel table)",        \
           reading::primary, "military-balance-edition"},                                                                 \
        figure{KEY, "reserve military personnel", RESERVE, "2020"_pd, "004", "\"" NAME "\" (military-personnel table)", \
               reading::primary, "military-balance-edition"},                                                             \
        figure{KEY, "paramilitary personnel", PARA, "2020"_pd, "004", "\"" NAME "\" (military-personnel table)",        \
               reading::primary, "military-balance-edition"},                                                             \
        figure{KEY, "total military personnel", TOTAL, "2020"_pd, "004", "\"" NAME "\" (military-personnel table)",     \
               reading::primary, "military-balance-edition"},                                                             \
        figure{KEY, "military personnel per 1000 capita (total)", PER_TOTAL, "2020"_pd, "004",                          \
               "\"" NAME "\" (military-personnel table)", reading::primary, "military-balance-edition"},                 \
        figure{KEY, "military personnel per 1000 capita (active)", PER_ACTIVE, "2020"_pd, "004",                        \
               "\"" NAME "\" (military-personnel table)", reading::primary, "military-balance-edition"}

inline constexpr std::array figures{
    ALLIANCE_CSTO_PERSONNEL("ARM", "70,600\t210,000\t4,300\t284,900\t93.6\t23.2", 70600.0, 210000.0, 4300.0, 284900.0, 93.6, 23.2),
    ALLIANCE_CSTO_PERSONNEL("BLR", "85,000\t580,750\t110,000\t775,750\t81.2\t8.9", 85000.0, 580750.0, 110000.0, 775750.0, 81.2, 8.9),
    ALLIANCE_CSTO_PERSONNEL("KAZ", "108,000\t132,000\t30,000\t270,000\t13.8\t5.5", 108000.0, 132000.0, 30000.0, 270000.0, 13.8, 5.5),
    ALLIANCE_CSTO_PERSONNEL("KGZ", "23,000\t300,500\t9,500\t333,000\t57.5\t4", 23000.0, 300500.0, 9500.0, 333000.0, 57.5, 4.0),
    ALLIANCE_CSTO_PERSONNEL("RUS", "1,320,000\t2,000,000\t554,000\t3,874,000\t27.2\t9.3", 1320000.0, 2000000.0, 554000.0, 3874000.0, 27.2, 9.3),
    ALLIANCE_CSTO_PERSONNEL("TJK", "9,500\t600,000\t7,500\t617,000\t72.9\t1.1", 9500.0, 600000.0, 7500.0, 617000.0, 72.9, 1.1),
    figure{"RUS", "Russian troops stationed in Gyumri, Armenia", 10000.0,
           "2023-10"_pd, "004",
           "\"Currently around 10,000 Russian troops are in stationed in Gyumri.\" — about; late October 2023"},
};
#undef ALLIANCE_CSTO_PERSONNEL

// Every record cites known sources, starts its note with a quote, names known
// organisations, parties and conflicts, and has well-formed dates.
static_assert(dataset_validated<sources, organisations, parties, periods, conflicts, events, offices, figures>(),
              "the CSTO dataset's records must be consistent with its tables");

// --- constant-expression queries ----------------------------------------------------

// The key of a party found by key, English name or alias, case-insensitively
// (as registry::find_party does); empty when no party matches.
[[nodiscard]] constexpr std::string_view party_key(std::string_view key_or_name) noexcept {
    for (const auto& p : parties) {
        if (same_key(p.key, key_or_name) || same_key(p.name, key_or_name)) return p.key;
        for (std::string_view rest : {p.aliases, p.conventional}) {
            while (!rest.empty()) {
                const auto semi = rest.find(';');
                if (same_key(rest.substr(0, semi), key_or_name)) return p.key;
                if (semi == std::string_view::npos) break;
                rest.remove_prefix(semi + 1);
            }
        }
    }
    return {};
}

// The primary reading's standing of a party (key, name or alias) in an
// organisation on a day, in a constant expression:
//     static_assert(csto::status_of("CSTO", "Uzbekistan", day_of(2010, 1, 1)) == status::member);
// An unknown party has no status (none), as for a party with no period there;
// a day outside the coverage is unknown, as in csto_registry().
[[nodiscard]] constexpr status_reading status_of(std::string_view organisation, std::string_view party,
                                                 date::sys_days day, layer l = layer::standing) noexcept {
    if (!coverage_of(organisation).contains(day)) return status_reading::unknown(statuses_of(l));
    const std::string_view key = party_key(party);
    const status_reading r = status_of(periods, organisation, key, day, l);
    if (l != layer::standing || (r.known() && r != status::none)) return r;
    for (const auto& u : unknown_spans)
        if (same_key(u.organisation, organisation) && u.party == key && u.first <= day && day <= u.last)
            return status_reading::unknown(statuses_of(layer::standing));
    return r;
}
// The participation (frozen, or none), likewise.
[[nodiscard]] constexpr status_reading participation_of(std::string_view organisation, std::string_view party,
                                                        date::sys_days day) noexcept {
    return status_of(organisation, party, day, layer::participation);
}

// A party's standing under the Collective Security Treaty on any day, across
// the succession CST -> CSTO (see the modelling note at the top): before 14
// May 2002 the CST's; from then on the CSTO's, where the CSTO says `none`
// the CST's (a former party stays `withdrawn`).
[[nodiscard]] constexpr status_reading treaty_status_of(std::string_view party, date::sys_days day) noexcept {
    const status_reading cst = status_of("CST", party, day);
    if (day < csto_founded.earliest()) return cst;
    const status_reading organisation = status_of("CSTO", party, day);
    unsigned candidates = 0;
    for (std::size_t i = 0; i < status_count; ++i) {
        const auto s = static_cast<status>(i);
        if (!organisation.may_be(s)) continue;
        candidates |= s == status::none ? cst.candidates() : bit(s);
    }
    for (std::size_t i = 0; i < status_count; ++i)
        if (candidates == bit(static_cast<status>(i))) return static_cast<status>(i);
    return status_reading::unknown(candidates);
}

static_assert(status_of("CSTO", "Uzbekistan", day_of(2010, 1, 1)) == status::member);
static_assert(treaty_status_of("AZE", day_of(2010, 1, 1)) == status::withdrawn);
static_assert(treaty_status_of("RUS", day_of(2010, 1, 1)) == status::member);
static_assert(status_of("CSTO", "ARM", day_of(2024, 5, 12)) == status::member);
static_assert(participation_of("CSTO", "ARM", day_of(2024, 5, 12)) == status::frozen);
static_assert(party_key("kyrgyz republic") == "KGZ");

}  // namespace csto

namespace csto::detail {
// The SCO's own coverage and the unknown spans, on a registry built from the tables.
template <class = void>
registry finished(registry r) {
    r.set_coverage(r.organisation("SCO"), sco_coverage.first, sco_coverage.last);
    for (const auto& u : unknown_spans) r.add_unknown(u.organisation, u.party, u.first, u.last);
    return r;
}
}  // namespace csto::detail

template <class>
registry csto_registry() {
    return csto::detail::finished(
        build_registry(csto::organisations, csto::parties, csto::periods, "alliance/data/csto.hpp", csto::coverage));
}

template <class>
registry csto_registry_choosing(const std::vector<std::string_view>& alternative_conflicts) {
    return csto::detail::finished(build_registry(csto::organisations, csto::parties,
                                                 choose_readings(csto::periods, csto::conflicts, alternative_conflicts),
                                                 "alliance/data/csto.hpp", csto::coverage));
}

}  // namespace alliance::data
