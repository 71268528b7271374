#' The spans of days on which two parties were both members
#'
#' The library's overlap query: the days on which both parties were
#' certainly members of the organisation (within the sources' coverage), as
#' spans of inclusive first and last days, like the program's
#' `alliance overlap`.
#'
#' @inheritParams alliance_status
#' @param party_a,party_b Party keys or English names; recycled with `org`.
#' @return A data frame with `Date` columns `from` and `to` (both days
#'   included; `to` is `NA` when the span is still going on). With several
#'   queries, columns `org`, `party_a` and `party_b` come first, as given.
#' @examples
#' alliance_overlap("CSTO", "RUS", "UZB")
#' alliance_overlap("CSTO", "RUS", c("ARM", "UZB"))
#' @export
alliance_overlap <- function(org, party_a, party_b, data = NULL) {
  a <- recycle(org = keys(org, "org"), party_a = keys(party_a, "party_a"), party_b = keys(party_b, "party_b"))
  if (anyNA(a$org) || anyNA(a$party_a) || anyNA(a$party_b)) {
    stop("`org`, `party_a` and `party_b` may not be NA", call. = FALSE)
  }
  spans <- library_result(rcpp_overlap(a$org, a$party_a, a$party_b, data))
  if (length(a$org) == 1L) return(as_frame(spans[c("from", "to")]))
  as_frame(c(list(org = a$org[spans$query], party_a = a$party_a[spans$query], party_b = a$party_b[spans$query]),
          spans[c("from", "to")]))
}
