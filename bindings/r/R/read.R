#' Read membership files into a registry
#'
#' Reads one or more files with the library's readers into one registry
#' (files after the first add to it, as the program's repeated `--data`
#' does). Formats: `"alliance-csv"` (the library's period CSV),
#' `"cow-igo-state-year"`, `"cow-igo-igo-year"`, `"cow-alliance-member"`,
#' `"atop-member"`, `"atop-alliance"`, or `"auto"` to recognise each file by
#' its header row. A malformed file is an `"alliance_error"` naming the
#' file, line and field.
#'
#' @param path Paths of the files.
#' @param format The files' format, or `"auto"`.
#' @return A registry handle: an external pointer of class
#'   `"alliance_registry"`, for the `data` argument of the other functions.
#'   It lives in this R session only (a saved and loaded handle is empty).
#' @examples
#' path <- tempfile(fileext = ".csv")
#' writeLines(c("organisation,party,status,from,to",
#'              "NATO,FRA,member,1949-08-24,1966-07-01",
#'              "NATO,FRA,withdrawn,1966-07-01,2009-04",
#'              "NATO,FRA,member,2009-04,.."), path)
#' nato <- alliance_read(path)
#' nato
#' alliance_status("NATO", "FRA", c("1970-01-01", "2009-04-15", "2010-01-01"), data = nato)
#' @export
alliance_read <- function(path, format = "auto") {
  if (!is.character(path) || length(path) == 0L || anyNA(path)) {
    stop("`path` must be one or more file paths", call. = FALSE)
  }
  if (!is.character(format) || length(format) != 1L || is.na(format)) {
    stop("`format` must be one format name", call. = FALSE)
  }
  library_result(rcpp_read(path.expand(path), format))
}

#' @rdname alliance_read
#' @param x A registry handle.
#' @param ... Ignored.
#' @export
print.alliance_registry <- function(x, ...) {
  s <- rcpp_summary(x)
  cat("<alliance_registry> ", s$origin, "\n",
      "  ", format(s$organisations), " organisations, ", format(s$parties), " parties, ",
      format(s$periods), " periods\n", sep = "")
  invisible(x)
}
