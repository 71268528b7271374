// alliance/alliance.hpp — the whole library: alliance-membership temporal modelling.
#pragma once

#include <alliance/allen.hpp>
#include <alliance/changes.hpp>
#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/queries.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>
#include <alliance/timeline.hpp>
