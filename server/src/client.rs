//! Who is on the other end. Behind a reverse proxy every connection comes from the proxy, so
//! the client's address and scheme are in `X-Forwarded-For` and `X-Forwarded-Proto` — but any
//! client can send those. They are believed only from a configured trusted proxy (none by
//! default); from anyone else they are removed before any handler sees the request.

use axum::{
    extract::{ConnectInfo, Request, State},
    http::HeaderMap,
    middleware::Next,
    response::Response,
};
use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::Arc,
};

/// The client's address, as far as it can be known (unspecified when the router is driven
/// without a connection, as in tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// Addresses and networks (`10.0.0.0/8`, `::1`) whose forwarding headers are believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an address or network: {0:?} (expected e.g. 10.0.0.1, 10.0.0.0/8 or ::1)")]
pub struct BadNetwork(pub String);

impl std::str::FromStr for TrustedProxies {
    type Err = BadNetwork;

    /// A comma-separated list; empty for none.
    fn from_str(list: &str) -> Result<Self, BadNetwork> {
        let network = |item: &str| {
            let bad = || BadNetwork(item.to_owned());
            let (address, bits) = item.split_once('/').map_or((item, None), |(a, b)| (a, Some(b)));
            let address: IpAddr = address.parse().map_err(|_| bad())?;
            let max = if address.is_ipv4() { 32 } else { 128 };
            let bits = bits.map_or(Ok(max), |b| b.parse::<u8>().map_err(|_| bad()))?;
            if bits > max { Err(bad()) } else { Ok((address, bits)) }
        };
        list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(network).collect::<Result<_, _>>().map(Self)
    }
}

impl TrustedProxies {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|&(network, bits)| match (network, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => prefix(u32::from(n).into(), u32::from(a).into(), 32, bits),
            (IpAddr::V6(n), IpAddr::V6(a)) => prefix(n.into(), a.into(), 128, bits),
            _ => false,
        })
    }

    /// The client behind trusted proxies: the last `X-Forwarded-For` entry, from the right,
    /// that is not itself a trusted proxy (entries further left are the client's own claim).
    fn forwarded_client(&self, headers: &HeaderMap) -> Option<IpAddr> {
        let entries: Vec<IpAddr> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|entry| entry.trim().parse::<IpAddr>().ok())
            .collect::<Option<_>>()?;
        entries.into_iter().rev().find(|ip| !self.contains(*ip))
    }
}

fn prefix(network: u128, address: u128, width: u32, bits: u8) -> bool {
    let shift = width - u32::from(bits);
    shift >= width || network >> shift == address >> shift
}

pub async fn identify(State(trusted): State<Arc<TrustedProxies>>, mut request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let client = match peer {
        Some(peer) if trusted.contains(peer) => trusted.forwarded_client(request.headers()).unwrap_or(peer),
        _ => {
            let headers = request.headers_mut();
            for name in ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "forwarded"] {
                headers.remove(name);
            }
            peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
        }
    };
    request.extensions_mut().insert(ClientIp(client));
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_addresses_and_networks_and_matches_them() {
        let trusted: TrustedProxies = "10.0.0.0/8, 192.168.1.7, ::1, fd00::/8".parse().unwrap();
        for ip in ["10.1.2.3", "192.168.1.7", "::1", "fd12::1", "::ffff:10.0.0.1"] {
            assert!(trusted.contains(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["11.0.0.1", "192.168.1.8", "::2", "fe80::1"] {
            assert!(!trusted.contains(ip.parse().unwrap()), "{ip}");
        }
        assert_eq!("".parse::<TrustedProxies>(), Ok(TrustedProxies::default()));
        assert!("0.0.0.0/0".parse::<TrustedProxies>().unwrap().contains("8.8.8.8".parse().unwrap()));
        for bad in ["10.0.0.0/33", "example.org", "10.0.0.1/x", "::/129"] {
            assert!(bad.parse::<TrustedProxies>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_forwarded_address() {
        let trusted: TrustedProxies = "10.0.0.0/8".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", "6.6.6.6, 203.0.113.9".parse().unwrap());
        headers.append("x-forwarded-for", "10.0.0.2".parse().unwrap());
        assert_eq!(trusted.forwarded_client(&headers), Some("203.0.113.9".parse().unwrap()));
        headers.insert("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(trusted.forwarded_client(&headers), None);
    }
}
