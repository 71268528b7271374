#' alliance: alliance membership over time
#'
#' Thin R functions over the header-only C++ library `alliance`: each
#' answer comes from the library's own queries (`status_of`, `members_on`,
#' `overlap`, `state_year_panel`, `dyad_year_panel`, the file readers). With
#' no `data` argument the functions answer from the library's embedded
#' dataset of the Collective Security Treaty (1992) and the CSTO (2002-);
#' [alliance_read()] reads Correlates of War, ATOP and the library's own
#' period CSV files instead.
#'
#' Errors raised by the library are conditions of class
#' `c("alliance_error", "error", "condition")` with a field `id`, the
#' library's stable error id (for example `"alliance.party.unknown"`), and
#' the library's message.
#'
#' @keywords internal
#' @useDynLib alliance, .registration = TRUE
#' @importFrom Rcpp evalCpp
"_PACKAGE"
