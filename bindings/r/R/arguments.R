# Arguments as the C++ side takes them: keys as character vectors, days as
# Date numbers or 'YYYY-MM-DD' strings, every vector recycled to one length.

# Recycles its arguments like base R: to the longest length (0 if any is
# empty), with a warning when a longer length is not a multiple of a shorter.
recycle <- function(...) {
  args <- list(...)
  n <- lengths(args)
  size <- if (any(n == 0L)) 0L else max(n)
  if (size > 0L && any(size %% n != 0L)) {
    warning("longer argument length is not a multiple of shorter argument length", call. = FALSE)
  }
  lapply(args, function(x) rep(x, length.out = size))
}

keys <- function(x, arg) {
  if (is.factor(x)) x <- as.character(x)
  if (is.logical(x) && all(is.na(x))) x <- as.character(x)
  if (!is.character(x)) stop(sprintf("`%s` must be a character vector of keys, not %s", arg, class(x)[1L]), call. = FALSE)
  x
}

days <- function(x, arg) {
  if (inherits(x, "Date")) return(x)
  if (is.factor(x)) x <- as.character(x)
  if (is.logical(x) && all(is.na(x))) x <- as.character(x)
  if (!is.character(x)) {
    stop(sprintf("`%s` must be Date values or 'YYYY-MM-DD' strings, not %s", arg, class(x)[1L]), call. = FALSE)
  }
  x
}

# What the C++ side reads: the number of days since 1970-01-01, or the text.
day_values <- function(x) if (inherits(x, "Date")) unclass(x) else x

# The library's answer, or its error as an "alliance_error" condition.
library_result <- function(x, call = sys.call(-1L)) {
  if (inherits(x, "alliance_error_value")) {
    stop(structure(class = c("alliance_error", "error", "condition"),
                   list(message = x$message, call = call, id = x$id)))
  }
  x
}

# A data frame of the columns a C++ entry point returns, as they are.
as_frame <- function(columns) {
  structure(columns, class = "data.frame", row.names = .set_row_names(if (length(columns)) length(columns[[1L]]) else 0L))
}
