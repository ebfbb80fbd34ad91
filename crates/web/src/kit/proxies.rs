//! Which client a request comes from when reverse proxies stand between: the proxies the
//! operator trusts (`--trusted-proxy`) and the address behind them.

use axum::http::HeaderMap;

/// The client's address, for rate limiting (hashed before it is stored).
#[derive(Clone)]
pub struct ClientAddr(pub String);

/// An address range of reverse proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    net: std::net::IpAddr,
    bits: u8,
}

impl std::str::FromStr for Cidr {
    type Err = String;

    /// `10.0.0.0/8`, `fd00::/8`, or one address.
    fn from_str(s: &str) -> Result<Self, String> {
        let (addr, bits) = match s.trim().split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (s.trim(), None),
        };
        let net: std::net::IpAddr = addr
            .parse()
            .map_err(|_| format!("„{s}“ ist keine IP-Adresse oder kein Adressbereich"))?;
        let max = if net.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            None => max,
            Some(b) => b
                .parse::<u8>()
                .ok()
                .filter(|b| *b <= max)
                .ok_or_else(|| format!("„{s}“: die Präfixlänge muss 0 bis {max} sein"))?,
        };
        Ok(Self { net, bits })
    }
}

impl Cidr {
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        let (a, b, width) = match (self.net, ip.to_canonical()) {
            (std::net::IpAddr::V4(n), std::net::IpAddr::V4(i)) => {
                (u128::from(u32::from(n)), u128::from(u32::from(i)), 32)
            }
            (std::net::IpAddr::V6(n), std::net::IpAddr::V6(i)) => {
                (u128::from(n), u128::from(i), 128)
            }
            _ => return false,
        };
        let shift = width - u32::from(self.bits);
        shift >= width || (a >> shift) == (b >> shift)
    }
}

/// The client behind the connection: the peer itself, unless the peer is a trusted proxy;
/// then the nearest address in `X-Forwarded-For` (read from the right) that is not one of
/// the trusted proxies. Anything a client writes further left is its own claim and ignored.
pub fn client_address(
    peer: Option<std::net::IpAddr>,
    headers: &HeaderMap,
    trusted: &[Cidr],
) -> String {
    let Some(peer) = peer else {
        return String::new();
    };
    let is_trusted = |ip: std::net::IpAddr| trusted.iter().any(|c| c.contains(ip));
    if !is_trusted(peer) {
        return peer.to_canonical().to_string();
    }
    let forwarded: Vec<std::net::IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map_while(|a| a.trim().parse().ok())
        .collect();
    forwarded
        .iter()
        .rev()
        .find(|ip| !is_trusted(**ip))
        .or(forwarded.first())
        .unwrap_or(&peer)
        .to_canonical()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_is_the_peer_unless_a_trusted_proxy_forwards_it() {
        let trusted: Vec<Cidr> = ["10.0.0.0/8", "::1"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let peer = |s: &str| Some(s.parse::<std::net::IpAddr>().unwrap());
        let xff = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert("x-forwarded-for", v.parse().unwrap());
            h
        };
        assert_eq!(
            client_address(peer("203.0.113.9"), &xff("1.2.3.4"), &trusted),
            "203.0.113.9",
            "untrusted peers cannot claim"
        );
        assert_eq!(
            client_address(peer("10.1.2.3"), &xff("198.51.100.7"), &trusted),
            "198.51.100.7"
        );
        assert_eq!(
            client_address(
                peer("10.1.2.3"),
                &xff("6.6.6.6, 198.51.100.7, 10.9.9.9"),
                &trusted
            ),
            "198.51.100.7",
            "the nearest untrusted hop, not what the client wrote"
        );
        assert_eq!(
            client_address(peer("::1"), &HeaderMap::new(), &trusted),
            "::1"
        );
        assert_eq!(
            client_address(peer("::ffff:10.0.0.1"), &xff("198.51.100.7"), &trusted),
            "198.51.100.7"
        );
        assert!("10.0.0.0/33".parse::<Cidr>().is_err() && "kein".parse::<Cidr>().is_err());
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .unwrap()
                .contains("8.8.8.8".parse().unwrap())
        );
    }
}
