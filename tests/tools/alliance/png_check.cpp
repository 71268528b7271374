// png_check — does a screenshot show a picture? Used by the chart test after
// headless Chromium has rendered the SVG chart to a PNG.
//
//   png_check FILE.png WIDTH HEIGHT MIN_COLOURS MIN_INK_PERMILLE [#RRGGBB...]
//
// Exits 0 when the PNG is WIDTH x HEIGHT pixels, has at least MIN_COLOURS
// distinct colours (a chart has its status colours, text and grid; a blank or
// failed render has one or two), at least MIN_INK_PERMILLE per mille of
// pixels that are not white, and at least 100 pixels of each colour listed
// (the solid bars of each status). Otherwise prints what differs and exits 1.
#include <png.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 6) {
        std::fprintf(stderr, "usage: png_check FILE.png WIDTH HEIGHT MIN_COLOURS MIN_INK_PERMILLE [#RRGGBB...]\n");
        return 2;
    }
    const std::string file = argv[1];
    const unsigned want_width = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    const unsigned want_height = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10));
    const std::size_t min_colours = std::strtoul(argv[4], nullptr, 10);
    const unsigned long min_ink_permille = std::strtoul(argv[5], nullptr, 10);

    // libpng's simplified API decodes any PNG to 8-bit RGB.
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, file.c_str())) {
        std::fprintf(stderr, "%s: not a readable PNG: %s\n", file.c_str(), image.message);
        return 1;
    }
    image.format = PNG_FORMAT_RGB;
    std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
        std::fprintf(stderr, "%s: cannot decode: %s\n", file.c_str(), image.message);
        return 1;
    }

    std::map<unsigned long, unsigned long> colours;  // colour -> number of pixels
    unsigned long ink = 0;
    for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) {
        const unsigned long rgb = (static_cast<unsigned long>(pixels[i]) << 16) |
                                  (static_cast<unsigned long>(pixels[i + 1]) << 8) | pixels[i + 2];
        ++colours[rgb];
        if (rgb != 0xFFFFFFul) ++ink;
    }
    const unsigned long total = static_cast<unsigned long>(image.width) * image.height;
    const unsigned long ink_permille = total == 0 ? 0 : ink * 1000 / total;
    std::printf("%s: %u x %u pixels, %zu distinct colours, %lu per mille not white\n", file.c_str(), image.width,
                image.height, colours.size(), ink_permille);

    int failures = 0;
    if (image.width != want_width || image.height != want_height) {
        std::fprintf(stderr, "expected %u x %u pixels\n", want_width, want_height);
        ++failures;
    }
    if (colours.size() < min_colours) {
        std::fprintf(stderr, "expected at least %zu distinct colours: the picture looks blank\n", min_colours);
        ++failures;
    }
    if (ink_permille < min_ink_permille) {
        std::fprintf(stderr, "expected at least %lu per mille of non-white pixels\n", min_ink_permille);
        ++failures;
    }
    for (int i = 6; i < argc; ++i) {
        const std::string hex = argv[i];
        const unsigned long rgb = std::strtoul(hex.c_str() + (hex[0] == '#' ? 1 : 0), nullptr, 16);
        const auto it = colours.find(rgb);
        const unsigned long count = it == colours.end() ? 0 : it->second;
        std::printf("  %s: %lu pixels\n", hex.c_str(), count);
        if (count < 100) {
            std::fprintf(stderr, "expected at least 100 pixels of %s\n", hex.c_str());
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
