// SPDX-License-Identifier: GPL-3.0-or-later
// Build: gcc -O2 -o mhd mhd.c -lmicrohttpd   (needs libmicrohttpd-dev; see docs/deployment.md)
// Prototype: libmicrohttpd 0.9.75 front end answering like /healthz, with the limits we need.
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static const char ok[] = "{\"schema_version\":2,\"status\":\"ok\"}";
static const char big[] = "{\"error\":{\"code\":\"payload_too_large\"}}";
static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload_data, size_t *upload_size,
    void **state)
{
    (void)cls;
    (void)url;
    (void)method;
    (void)version;
    (void)upload_data;
    if (*state == NULL) {
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && atoll(cl) > 1048576) {
            struct MHD_Response *r
                = MHD_create_response_from_buffer(strlen(big), (void *)big, MHD_RESPMEM_PERSISTENT);
            MHD_add_response_header(r, "Connection", "close");
            enum MHD_Result ret = MHD_queue_response(c, 413, r);
            MHD_destroy_response(r);
            return ret;
        }
        *state = (void *)1;
        return MHD_YES;
    }
    if (*upload_size) {
        *upload_size = 0;
        return MHD_YES;
    }
    struct MHD_Response *r
        = MHD_create_response_from_buffer(strlen(ok), (void *)ok, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "Content-Type", "application/json");
    enum MHD_Result ret = MHD_queue_response(c, 200, r);
    MHD_destroy_response(r);
    return ret;
}
int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 19400;
    struct MHD_Daemon *d
        = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, port, NULL, NULL,
            &handler, NULL, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)2, MHD_OPTION_CONNECTION_LIMIT,
            (unsigned)256, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, MHD_OPTION_END);
    if (!d)
        return 1;
    printf("listening\n");
    fflush(stdout);
    pause();
    MHD_stop_daemon(d);
    return 0;
}
