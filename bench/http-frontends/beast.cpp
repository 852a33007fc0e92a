// SPDX-License-Identifier: GPL-3.0-or-later
// Build: g++ -O2 -std=c++17 -o beast beast.cpp -lpthread   (needs libboost-dev; see
// docs/deployment.md) Prototype: Boost.Beast 1.74 front end answering like /healthz, with the
// limits we need.
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <iostream>
#include <memory>
#include <optional>
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session>
{
public:
    explicit Session(tcp::socket s) : m_stream(std::move(s)) { }
    void run() { read(); }

private:
    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_parser->body_limit(1024 * 1024);
        m_stream.expires_after(std::chrono::seconds(2));
        http::async_read(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }
    void onRead(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout) {
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            return;
        }
        auto res = std::make_shared<http::response<http::string_body>>();
        res->version(11);
        bool keep = false;
        if (ec == http::error::body_limit) {
            res->result(413);
            res->body() = "{\"error\":{\"code\":\"payload_too_large\"}}";
        } else if (ec == http::error::header_limit) {
            res->result(431);
            res->body() = "{\"error\":{\"code\":\"headers_too_large\"}}";
        } else if (ec) {
            res->result(400);
            res->body() = "{\"error\":{\"code\":\"bad_request\"}}";
        } else {
            res->result(200);
            res->body() = "{\"schema_version\":2,\"status\":\"ok\"}";
            keep = m_parser->get().keep_alive();
        }
        res->set(http::field::content_type, "application/json");
        res->keep_alive(keep);
        res->prepare_payload();
        http::async_write(m_stream, *res,
            [self = shared_from_this(), res, keep](beast::error_code ec, std::size_t) {
                if (!ec && keep)
                    self->read();
                else
                    self->m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            });
    }
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer {16 * 1024};
    std::optional<http::request_parser<http::string_body>> m_parser;
};

void accept(tcp::acceptor &acceptor)
{
    acceptor.async_accept([&acceptor](beast::error_code ec, tcp::socket s) {
        if (!ec)
            std::make_shared<Session>(std::move(s))->run();
        accept(acceptor);
    });
}

int main(int argc, char **argv)
{
    net::io_context ioc {1};
    tcp::acceptor acceptor {ioc,
        {net::ip::make_address("127.0.0.1"),
            static_cast<unsigned short>(argc > 1 ? atoi(argv[1]) : 19401)}};
    accept(acceptor);
    std::cout << "listening" << std::endl;
    ioc.run();
}
