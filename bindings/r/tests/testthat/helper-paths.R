# Where the tests find the program to compare with and the real data files.

# The `alliance` program named by ALLIANCE_PROGRAM. Unset: the comparisons
# with the program are skipped (as under R CMD check); set but missing: a failure.
alliance_program <- function() {
  path <- Sys.getenv("ALLIANCE_PROGRAM")
  if (!nzchar(path)) {
    skip("ALLIANCE_PROGRAM is not set: the comparisons with the alliance program are skipped (set it to build/dev/tools/alliance/alliance)")
  }
  if (!file.exists(path)) stop("ALLIANCE_PROGRAM='", path, "' does not exist: build the target alliance_cli")
  normalizePath(path)
}

# The program's output lines for one command; a failing command fails the test.
run_program <- function(...) {
  out <- suppressWarnings(system2(alliance_program(), c(...), stdout = TRUE, stderr = TRUE))
  status <- attr(out, "status")
  if (!is.null(status) && status != 0L) {
    stop("alliance ", paste(c(...), collapse = " "), " failed (", status, "): ", paste(out, collapse = "\n"))
  }
  out
}

# The repository root: the first directory above the working directory that
# holds include/alliance/alliance.hpp; NULL when there is none (a tarball).
repo_root <- function() {
  dir <- normalizePath(getwd())
  repeat {
    if (file.exists(file.path(dir, "include", "alliance", "alliance.hpp"))) return(dir)
    parent <- dirname(dir)
    if (parent == dir) return(NULL)
    dir <- parent
  }
}

# A file of the shared real data: under ALLIANCE_SHARED_DIR, else under
# ../shared/data relative to the repository root. Missing: the test fails.
shared_file <- function(...) {
  dir <- Sys.getenv("ALLIANCE_SHARED_DIR")
  if (!nzchar(dir)) {
    root <- repo_root()
    if (is.null(root)) {
      stop("cannot find the shared data: set ALLIANCE_SHARED_DIR to the shared directory (the one holding data/)")
    }
    dir <- file.path(dirname(root), "shared")
  }
  path <- file.path(dir, "data", ...)
  if (!file.exists(path)) stop("the shared data file ", path, " is missing (set ALLIANCE_SHARED_DIR)")
  path
}
