// fuzz_support.hpp — what every fuzz target shares: a property check that
// stops the run with a message, and a small reader of the fuzzer's bytes.
//
// A failed property calls std::abort(), which libFuzzer reports as a crash and
// saves the input; the replay program stops at the same place under gdb.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace alliance::fuzz {

[[noreturn]] inline void property_failed(const char* file, int line, const char* condition, const std::string& detail) {
    std::fprintf(stderr, "%s:%d: property violated: %s\n  %s\n", file, line, condition, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

// Consumes the fuzzer's bytes front to back; past the end it yields zeros, so
// every input, however short, is a complete test case.
class byte_reader {
public:
    byte_reader(const std::uint8_t* data, std::size_t size) noexcept : data_(data), size_(size) {}

    [[nodiscard]] bool empty() const noexcept { return pos_ >= size_; }
    std::uint8_t byte() noexcept { return pos_ < size_ ? data_[pos_++] : std::uint8_t{0}; }
    std::uint16_t u16() noexcept {
        const auto hi = byte();
        return static_cast<std::uint16_t>((hi << 8) | byte());
    }
    // A value in [0, n) for n > 0.
    unsigned below(unsigned n) noexcept { return u16() % n; }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) noexcept {
    return size == 0 ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace alliance::fuzz

#define ALLIANCE_FUZZ_CHECK(condition, detail)                                               \
    do {                                                                                     \
        if (!(condition)) ::alliance::fuzz::property_failed(__FILE__, __LINE__, #condition, (detail)); \
    } while (false)
