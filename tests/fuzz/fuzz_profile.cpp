// profile.json: the reader and the checks made before mapping.
#include "fuzz_input.h"
#include "profile/profile_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::expectInputErrorOnly([&json] {
        const ProxyCatalogue catalogue =
            ProfileReader::parse(json, QStringLiteral("profile.json"), fuzz::scratchDir());
        validateForMapping(catalogue, 75);
    });
    return 0;
}
