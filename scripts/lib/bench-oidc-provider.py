#!/usr/bin/env python3
"""A throwaway OpenID provider for scripts on loopback only (scripts/bench-pages): discovery, JWKS, an authorization
endpoint that signs in at once whoever asks (the role and name given in the request's login_hint, "role:name"), and a
token endpoint answering RS256 ID tokens signed with the dev key (dev-keys/private-key.pem, via the openssl command).
It checks nothing (no client secret, no PKCE verifier): it stands in for the deployer's identity provider so that the
packaged service's real code flow (quarkus-oidc, ADR 0041) can be timed. Never for anything but a benchmark.

    bench-oidc-provider.py PORT PRIVATE_KEY PUBLIC_KEY CLIENT_ID
"""
import base64, json, subprocess, sys, threading, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, private_key, public_key, client_id = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
issuer = f"http://127.0.0.1:{port}"
codes = {}
lock = threading.Lock()


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwk():
    out = subprocess.run(["openssl", "rsa", "-pubin", "-in", public_key, "-noout", "-modulus"], check=True,
                         capture_output=True, text=True).stdout
    modulus = bytes.fromhex(out.strip().split("=", 1)[1])
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "bench", "n": b64(modulus), "e": b64(bytes([1, 0, 1]))}


def sign(claims):
    head = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
    body = b64(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", private_key], input=f"{head}.{body}".encode(),
                               check=True, capture_output=True).stdout
    return f"{head}.{body}.{b64(signature)}"


KEYS = json.dumps({"keys": [jwk()]}).encode()
DISCOVERY = json.dumps({
    "issuer": issuer, "authorization_endpoint": issuer + "/authorize", "token_endpoint": issuer + "/token",
    "jwks_uri": issuer + "/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
    "id_token_signing_alg_values_supported": ["RS256"], "code_challenge_methods_supported": ["S256"],
    "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}).encode()


class Provider(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", kind="application/json", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        if url.path == "/.well-known/openid-configuration":
            self.answer(200, DISCOVERY)
        elif url.path == "/jwks":
            self.answer(200, KEYS)
        elif url.path == "/authorize":
            role, _, name = q.get("login_hint", "iom-oversight:bench-member").partition(":")
            code = b64(str(time.time_ns()).encode())
            with lock:
                codes[code] = (role, name or "bench-member", q.get("nonce"))
            back = q["redirect_uri"] + ("&" if "?" in q["redirect_uri"] else "?") + urllib.parse.urlencode(
                {"code": code, "state": q.get("state", "")})
            self.answer(302, headers=[("Location", back)])
        else:
            self.answer(404, b"{}")

    def do_POST(self):
        form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()))
        with lock:
            who = codes.pop(form.get("code", ""), None)
        if self.path != "/token" or who is None:
            self.answer(400, b'{"error":"invalid_grant"}')
            return
        role, name, nonce = who
        now = int(time.time())
        claims = {"iss": issuer, "sub": name, "aud": client_id, "azp": client_id, "iat": now, "exp": now + 3600,
                  "preferred_username": name, "groups": [role]}
        if nonce:
            claims["nonce"] = nonce
        token = sign(claims)
        self.answer(200, json.dumps({"access_token": token, "id_token": token, "token_type": "Bearer",
                                     "expires_in": 3600}).encode())


ThreadingHTTPServer(("127.0.0.1", int(port)), Provider).serve_forever()
