#' Organisations, parties, sources and conflicts
#'
#' `alliance_orgs()` and `alliance_parties()` list the keys a registry
#' knows, in key order, as the program's `alliance orgs` and
#' `alliance parties` do. `alliance_sources()` and `alliance_conflicts()`
#' list the documents the embedded CSTO dataset cites and the facts they
#' disagree on (the primary reading answers queries; the alternative is kept
#' beside it).
#'
#' @inheritParams alliance_status
#' @return A data frame. Organisations: `key`, `name`. Parties: `key`,
#'   `name`, `kind` (`"state"`, `"organisation"`, `"body"`, `"other"`).
#'   Sources: `key`, `file`, `title`, `author`, `publisher`, `published`.
#'   Conflicts: `key`, `topic`, `primary`, `primary_sources`, `alternative`,
#'   `alternative_sources`, `why`.
#' @examples
#' alliance_orgs()
#' head(alliance_parties())
#' alliance_sources()[, c("key", "title")]
#' alliance_conflicts()[, c("key", "topic")]
#' @name alliance_lists
NULL

#' @rdname alliance_lists
#' @export
alliance_orgs <- function(data = NULL) as_frame(rcpp_orgs(data))

#' @rdname alliance_lists
#' @export
alliance_parties <- function(data = NULL) as_frame(rcpp_parties(data))

#' @rdname alliance_lists
#' @export
alliance_sources <- function() as_frame(rcpp_sources())

#' @rdname alliance_lists
#' @export
alliance_conflicts <- function() as_frame(rcpp_conflicts())
