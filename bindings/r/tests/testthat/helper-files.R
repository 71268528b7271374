# The README's hand-written period file, in a temporary file.
write_periods <- function() {
  path <- tempfile(fileext = ".csv")
  writeLines(c("organisation,party,status,from,to",
               "NATO,FRA,member,1949-08-24,1966-07-01",
               "NATO,FRA,withdrawn,1966-07-01,2009-04",
               "NATO,FRA,member,2009-04,.."), path)
  path
}
