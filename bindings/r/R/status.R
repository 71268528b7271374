#' The standing of a party in an organisation on a day
#'
#' One word per query, as the first word of the program's `alliance status`:
#' `"member"`, `"associate"`, `"observer"`, `"signatory"`, `"suspended"`,
#' `"withdrawn"`, `"none"` (no status), or `"unknown"` when the
#' sources leave the day undecided (a boundary known only to the year or
#' month, a value the data marks as missing, or a day outside the sources'
#' coverage). The arguments are recycled like base R's; an `NA` in any of
#' them gives `NA`.
#'
#' @param org Organisation keys (case-insensitive), e.g. `"CSTO"`.
#' @param party Party keys or English names, e.g. `"ARM"` or `"Armenia"`.
#' @param date Days: a `Date` vector or `"YYYY-MM-DD"` strings.
#' @param data `NULL` for the embedded CSTO dataset, or a registry from
#'   [alliance_read()].
#' @param participation `TRUE` to answer the participation beside the
#'   standing too: `"frozen"` (a de facto freeze: Armenia in the CSTO from
#'   23 February 2024, still a member), `"none"`, or `"unknown"`.
#' @return A character vector, one standing per query; with
#'   `participation = TRUE` a `data.frame` with columns `standing` and
#'   `participation`.
#' @seealso [alliance_members()]
#' @examples
#' alliance_status("CSTO", c("UZB", "ARM"), "2010-01-01")
#' alliance_status("CSTO", "Uzbekistan", as.Date(c("2005-01-01", "2010-01-01", "2013-01-01")))
#' alliance_status("CSTO", "ARM", "2024-05-12", participation = TRUE)
#' # An unknown key is an "alliance_error" with the library's id:
#' tryCatch(alliance_status("CSTO", "XXX", "2010-01-01"),
#'          alliance_error = function(e) e$id)
#' @export
alliance_status <- function(org, party, date, data = NULL, participation = FALSE) {
  if (!is.logical(participation) || length(participation) != 1L || is.na(participation)) {
    stop("`participation` must be TRUE or FALSE", call. = FALSE)
  }
  a <- recycle(org = keys(org, "org"), party = keys(party, "party"), date = days(date, "date"))
  answer <- library_result(rcpp_status(a$org, a$party, day_values(a$date), data, participation))
  if (participation) data.frame(answer, stringsAsFactors = FALSE) else answer
}
