// Where the tests find the real data files of the shared folder
// (ALLIANCE_SHARED_DIR: data/, seeds/), and what they do when one is absent.
//
// A test that needs a real file must not pass when the file is not there:
// an absent file would turn the test into one that checks nothing while the
// run still reports success. shared_path() therefore fails the calling test
// case (doctest FAIL, which ends it) with a message naming the missing path.
// Call it from inside a TEST_CASE, before reading the file.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace alliance_test {

// ALLIANCE_SHARED_DIR / relative, which must exist (a file or a folder).
inline std::string shared_path(std::string_view relative) {
    const std::filesystem::path path = std::filesystem::path(ALLIANCE_SHARED_DIR) / std::string(relative);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        FAIL("this test needs the shared data file " << path.string()
                                                      << ", which is not present (ALLIANCE_SHARED_DIR is set by "
                                                         "tests/CMakeLists.txt to the folder beside the source tree)");
    return path.string();
}

}  // namespace alliance_test
