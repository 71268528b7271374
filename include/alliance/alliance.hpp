// alliance/alliance.hpp — the library: alliance-membership temporal modelling.
//
// The model, its queries, the compiled query index, panels and the constexpr
// table checks. File readers (<alliance/io/read.hpp>) and the datasets
// (<alliance/data/csto.hpp>, <alliance/data/cow_states.hpp>) are included on
// their own, so that a program pays only for what it reads.
//
// The layers, each built only on those before it (tests/package/layers.py
// checks every include):
//   core    partial_date, status, period, days, error, timeline, registry,
//           queries, changes, allen, table — the model and its questions
//   data    data/csto.hpp, data/cow_states.hpp, data/cow_igos.hpp,
//           data/atop_members.hpp — datasets
//   index   index.hpp — the model compiled for speed
//   io      io/ — the file readers and the period CSV writer
//   panels  panel.hpp, io/panel_csv.hpp, data/codes.hpp — panels, their CSV,
//           the country-code crosswalk and its state-system frames
// and above them the program (tools/alliance) and the bindings (bindings/).
// Implementation details of a header live in detail/, named after it.
//
// Functions that do real work are templates never given an argument
// (`template <class = void>`): a template's body is compiled only where it
// is called, so a file that includes this header pays for the questions it
// asks, not for every function of the library (docs/development.md, "What a
// build costs"). They are called as any function; only their address needs
// `<>` (`&members_on<>`).
#pragma once

#include <alliance/allen.hpp>
#include <alliance/changes.hpp>
#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/index.hpp>
#include <alliance/panel.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/queries.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>
#include <alliance/table.hpp>
#include <alliance/timeline.hpp>
