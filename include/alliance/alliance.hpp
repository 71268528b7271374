// alliance/alliance.hpp — the library: alliance-membership temporal modelling.
//
// The model, its queries, the compiled query index, panels and the constexpr
// table checks. File readers (<alliance/io/read.hpp>) and the datasets
// (<alliance/data/csto.hpp>, <alliance/data/cow_states.hpp>) are included on
// their own, so that a program pays only for what it reads.
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
