// Reading files into a registry handle (alliance/io/read.hpp).
#include "alliance_r.h"

#include <alliance/io/read.hpp>

#include <memory>

namespace {
void finalize(SEXP p) {
    delete static_cast<alliance_r::handle*>(R_ExternalPtrAddr(p));
    R_ClearExternalPtr(p);
}
}  // namespace

// Every path read in order into one registry (alliance::io::read_file_into).
// [[Rcpp::export]]
SEXP rcpp_read(Rcpp::CharacterVector paths, std::string format) {
    return alliance_r::guarded([&] {
        auto h = std::make_unique<alliance_r::handle>();
        for (R_xlen_t i = 0; i < paths.size(); ++i) {
            const std::string path = Rcpp::as<std::string>(paths[i]);
            alliance::io::read_file_into(h->registry, path, format);
            h->origin += (h->origin.empty() ? "" : "; ") + path;
        }
        SEXP p = PROTECT(R_MakeExternalPtr(h.release(), R_NilValue, R_NilValue));
        R_RegisterCFinalizerEx(p, finalize, TRUE);
        Rf_setAttrib(p, R_ClassSymbol, Rf_mkString("alliance_registry"));
        UNPROTECT(1);
        return p;
    });
}

