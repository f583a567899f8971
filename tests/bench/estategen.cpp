// The seeded synthetic estate of the whole-estate benchmark (issue 9); see estategen.h.
//
// The catalog: a head of real products (CPE vendor:product names as NVD's dictionary writes
// them, version families as the vendors number them, endoflife.date ids where the site has
// them), then a long tail of synthetic products. Components draw from it with a Zipf law, so a
// few products are on nearly every system and most are rare. The NVD feed names estate
// products in about a fifth of its CVEs (weighted by how common the product is) and products
// no system runs in the rest.
#include "tests/bench/estategen.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace pp::bench {
namespace {

// ---------------------------------------------------------------------------------------------
// The catalog

/// One version family of a product: a release cycle and the versions in it. The template has
/// at most one placeholder: {a-b} for a number (2.4.{41-62}) or {a~w} for a letter (1.1.1{a~w}).
struct Family
{
    QByteArray cycle;
    QByteArray prefix;
    QByteArray suffix;
    char placeholder = 0; ///< 0 (one exact version), 'n' or 'l'
    int lo = 0;
    int hi = 0;

    QByteArray version(int v) const
    {
        if (placeholder == 0)
            return prefix;
        QByteArray out = prefix;
        if (placeholder == 'n')
            out += QByteArray::number(v);
        else
            out += char('a' + std::clamp(v, 0, 25));
        return out + suffix;
    }
};

struct Product
{
    char part = 'a';
    QByteArray vendor;  ///< CPE value, escaped as in a CPE 2.3 formatted string
    QByteArray product; ///< CPE value
    QByteArray kind;    ///< inventory component_kind
    QByteArray displayVendor;
    QByteArray displayProduct;
    QByteArray eolId; ///< endoflife.date product id; empty: none
    QList<Family> families;
    int companion = -1; ///< hardware that comes with this network OS
    bool hardware() const { return part == 'h'; }
};

/// Parses "cycle=template;template;...".
QList<Family> parseFamilies(const char *spec)
{
    QList<Family> out;
    const QList<QByteArray> entries = QByteArray(spec).split(';');
    for (const QByteArray &entry : entries) {
        if (entry.isNull())
            continue;
        Family f;
        QByteArray tmpl = entry;
        const qsizetype eq = entry.indexOf('=');
        if (eq >= 0) {
            f.cycle = entry.left(eq);
            tmpl = entry.mid(eq + 1);
        }
        const qsizetype open = tmpl.indexOf('{');
        if (open < 0) {
            f.prefix = tmpl;
        } else {
            const qsizetype close = tmpl.indexOf('}', open);
            const QByteArray range = tmpl.mid(open + 1, close - open - 1);
            f.prefix = tmpl.left(open);
            f.suffix = tmpl.mid(close + 1);
            if (range.contains('~')) {
                f.placeholder = 'l';
                f.lo = range.at(0) - 'a';
                f.hi = range.at(range.size() - 1) - 'a';
            } else {
                f.placeholder = 'n';
                const qsizetype dash = range.indexOf('-');
                f.lo = range.left(dash).toInt();
                f.hi = range.mid(dash + 1).toInt();
            }
        }
        if (eq < 0)
            f.cycle = f.prefix + f.suffix; // an exact version is its own cycle
        out << f;
    }
    return out;
}

struct HeadRow
{
    char part;
    const char *vendor;
    const char *product;
    const char *kind;
    const char *displayVendor;
    const char *displayProduct;
    const char *eolId;
    const char *families;
    const char *companion; ///< "vendor:product" of a hardware row, or nullptr
};

// Order = popularity within each pool (operating systems, then everything else). Hardware rows
// come only as companions of their network OS.
const HeadRow kHead[] = {
    // Operating systems and hypervisors
    {'o', "microsoft", "windows_server_2019", "os", "Microsoft", "Windows Server 2019",
        "windows-server", "2019=10.0.17763.{1000-6189}", nullptr},
    {'o', "redhat", "enterprise_linux", "os", "Red Hat", "Enterprise Linux", "rhel",
        "9=9.{0-6};8=8.{0-10};7=7.{0-9}", nullptr},
    {'o', "canonical", "ubuntu_linux", "os", "Canonical", "Ubuntu Linux", "ubuntu",
        "22.04;20.04;24.04;18.04", nullptr},
    {'o', "microsoft", "windows_server_2022", "os", "Microsoft", "Windows Server 2022",
        "windows-server", "2022=10.0.20348.{500-2655}", nullptr},
    {'o', "microsoft", "windows_server_2016", "os", "Microsoft", "Windows Server 2016",
        "windows-server", "2016=10.0.14393.{2000-7259}", nullptr},
    {'o', "debian", "debian_linux", "os", "Debian", "Debian Linux", "debian",
        "12=12.{0-11};11=11.{0-11};10=10.{0-13}", nullptr},
    {'o', "vmware", "esxi", "os", "VMware", "ESXi", "esxi", "7.0=7.0.{1-3};8.0=8.0.{1-3}", nullptr},
    {'o', "centos", "centos", "os", "The CentOS Project", "CentOS", "centos",
        "7=7.{0-9};8=8.{0-5}", nullptr},
    {'o', "oracle", "linux", "os", "Oracle", "Linux", "oracle-linux", "8=8.{0-10};9=9.{0-5}",
        nullptr},
    {'o', "microsoft", "windows_server_2012", "os", "Microsoft", "Windows Server 2012",
        "windows-server", "2012-r2=6.3.9600.{17000-21620}", nullptr},
    {'o', "rockylinux", "rocky_linux", "os", "Rocky Enterprise Software Foundation", "Rocky Linux",
        "rocky-linux", "8=8.{6-10};9=9.{0-5}", nullptr},
    {'o', "suse", "linux_enterprise_server", "os", "SUSE", "Linux Enterprise Server", "sles",
        "15.5;15.6;12.5", nullptr},
    {'o', "amazon", "linux_2023", "os", "Amazon", "Linux 2023", "amazon-linux",
        "2023=2023.5.202409{10-30}", nullptr},
    {'o', "almalinux", "almalinux", "os", "AlmaLinux OS Foundation", "AlmaLinux", "almalinux",
        "8=8.{6-10};9=9.{0-5}", nullptr},
    {'o', "microsoft", "windows_server_2008", "os", "Microsoft", "Windows Server 2008",
        "windows-server", "2008-r2-sp1=6.1.7601", nullptr},
    {'o', "microsoft", "windows_10_22h2", "os", "Microsoft", "Windows 10 22H2", "windows",
        "10-22h2=10.0.19045.{2000-4780}", nullptr},
    {'o', "microsoft", "windows_11_23h2", "os", "Microsoft", "Windows 11 23H2", "windows",
        "11-23h2=10.0.22631.{2000-4317}", nullptr},
    {'o', "freebsd", "freebsd", "os", "FreeBSD", "FreeBSD", "freebsd", "13=13.{0-4};14=14.{0-2}",
        nullptr},
    {'o', "fedoraproject", "fedora", "os", "Fedora Project", "Fedora", "fedora", "39;40;41",
        nullptr},
    {'o', "opensuse", "leap", "os", "openSUSE", "Leap", "opensuse", "15.5;15.6", nullptr},
    {'o', "oracle", "solaris", "os", "Oracle", "Solaris", "solaris", "11.4", nullptr},
    {'o', "ibm", "aix", "os", "IBM", "AIX", "ibm-aix", "7.2;7.3", nullptr},
    {'o', "hp", "hp-ux", "os", "HP", "HP-UX", "hpux", "11.31", nullptr},
    {'o', "apple", "macos", "os", "Apple", "macOS", "macos", "14=14.{0-6};13=13.{0-6}", nullptr},
    // Network operating systems (with the hardware they run on)
    {'o', "cisco", "ios_xe", "network", "Cisco", "IOS XE", "cisco-ios-xe",
        "17.9=17.9.{1-5};17.6=17.6.{1-7};17.12=17.12.{1-4}", "cisco:catalyst_9300-48p"},
    {'o', "fortinet", "fortios", "network", "Fortinet", "FortiOS", "fortios",
        "7.2=7.2.{0-10};7.4=7.4.{0-5};7.0=7.0.{0-15};6.4=6.4.{0-15}", "fortinet:fortigate-100f"},
    {'o', "paloaltonetworks", "pan-os", "network", "Palo Alto Networks", "PAN-OS", "panos",
        "10.2=10.2.{0-11};11.1=11.1.{0-5};11.0=11.0.{0-4};10.1=10.1.{0-14}",
        "paloaltonetworks:pa-3220"},
    {'o', "juniper", "junos", "network", "Juniper Networks", "Junos OS", "junos",
        "22.2=22.2r{1-3};21.4=21.4r{1-3};23.2=23.2r{1-2}", "juniper:srx345"},
    {'o', "cisco", "nx-os", "network", "Cisco", "NX-OS", "cisco-nx-os", "10.2=10.2.{1-8};10.4=10.4.{1-4}",
        nullptr},
    {'o', "arista", "eos", "network", "Arista Networks", "EOS", "", "4.32=4.32.{0-4}f;4.30=4.30.{0-7}f",
        nullptr},
    {'o', "sonicwall", "sonicos", "network", "SonicWall", "SonicOS", "", "7.0=7.0.{0-1};6.5=6.5.4.{4-15}",
        nullptr},
    {'o', "mikrotik", "routeros", "network", "MikroTik", "RouterOS", "", "7=7.{10-16};6=6.49.{6-17}",
        nullptr},
    // Hardware (companions only)
    {'h', "cisco", "catalyst_9300-48p", "network", "Cisco", "Catalyst 9300-48P", "", "", nullptr},
    {'h', "fortinet", "fortigate-100f", "network", "Fortinet", "FortiGate-100F", "", "", nullptr},
    {'h', "paloaltonetworks", "pa-3220", "network", "Palo Alto Networks", "PA-3220", "", "", nullptr},
    {'h', "juniper", "srx345", "network", "Juniper Networks", "SRX345", "", "", nullptr},

    // Libraries, runtimes, middleware, databases, applications: the non-OS pool
    {'a', "openssl", "openssl", "runtime", "OpenSSL", "OpenSSL", "openssl",
        "3.0=3.0.{0-15};1.1.1=1.1.1{a~w};3.1=3.1.{0-7};1.0.2=1.0.2{a~u};3.2=3.2.{0-3}", nullptr},
    {'a', "openbsd", "openssh", "application", "OpenBSD", "OpenSSH", "", "8=8.{0-9};9=9.{0-8};7=7.{4-9}",
        nullptr},
    {'a', "gnu", "glibc", "runtime", "GNU", "glibc", "", "2=2.{28-39}", nullptr},
    {'a', "zlib", "zlib", "runtime", "zlib", "zlib", "", "1.2=1.2.{11-13};1.3=1.3.{0-1}", nullptr},
    {'a', "haxx", "curl", "application", "Haxx", "curl", "", "7=7.{70-88}.0;8=8.{0-11}.0", nullptr},
    {'a', "oracle", "jdk", "runtime", "Oracle", "JDK", "oracle-jdk",
        "8=1.8.0.{200-421};17=17.0.{1-12};11=11.0.{10-25};21=21.0.{1-5}", nullptr},
    {'a', "python", "python", "runtime", "Python Software Foundation", "Python", "python",
        "3.9=3.9.{0-20};3.11=3.11.{0-10};3.8=3.8.{0-20};3.10=3.10.{0-15};3.12=3.12.{0-7};"
        "3.6=3.6.{0-15};2.7=2.7.{5-18}", nullptr},
    {'a', "apache", "http_server", "middleware", "Apache Software Foundation", "HTTP Server",
        "apache-http-server", "2.4=2.4.{41-62};2.2=2.2.{20-34}", nullptr},
    {'a', "nginx", "nginx", "middleware", "F5 Nginx", "nginx", "nginx",
        "1.24=1.24.0;1.26=1.26.{0-2};1.22=1.22.{0-1};1.20=1.20.{0-2};1.18=1.18.0", nullptr},
    {'a', "apache", "tomcat", "middleware", "Apache Software Foundation", "Tomcat", "tomcat",
        "9.0=9.0.{30-98};8.5=8.5.{50-100};10.1=10.1.{0-30};7=7.0.{90-109}", nullptr},
    {'a', "xmlsoft", "libxml2", "runtime", "xmlsoft", "libxml2", "",
        "2.9=2.9.{10-14};2.10=2.10.{0-4};2.11=2.11.{0-8}", nullptr},
    {'a', "nodejs", "node.js", "runtime", "Node.js", "Node.js", "nodejs",
        "18=18.{0-20}.0;20=20.{0-18}.0;16=16.{0-20}.2;22=22.{0-11}.0", nullptr},
    {'a', "microsoft", ".net", "runtime", "Microsoft", ".NET", "dotnet",
        "6.0=6.0.{0-36};8.0=8.0.{0-11}", nullptr},
    {'a', "microsoft", ".net_framework", "runtime", "Microsoft", ".NET Framework",
        "dotnet-framework", "4.8;4.7.2;3.5", nullptr},
    {'a', "postgresql", "postgresql", "database", "PostgreSQL Global Development Group",
        "PostgreSQL", "postgresql",
        "15=15.{0-8};14=14.{0-13};16=16.{0-4};13=13.{0-16};12=12.{0-20};17=17.{0-2}", nullptr},
    {'a', "oracle", "mysql", "database", "Oracle", "MySQL", "mysql",
        "8.0=8.0.{20-40};5.7=5.7.{20-44};8.4=8.4.{0-3}", nullptr},
    {'a', "microsoft", "sql_server", "database", "Microsoft", "SQL Server", "mssqlserver",
        "2019=15.0.4{100-420}.2;2017=14.0.3{100-480}.1;2016=13.0.6{300-450}.1;2022=16.0.4{100-150}.1",
        nullptr},
    {'a', "oracle", "database_server", "database", "Oracle", "Database Server", "oracle-database",
        "19=19.{3-24}.0;21=21.{3-15}.0;12.2=12.2.0.1", nullptr},
    {'a', "php", "php", "runtime", "PHP Group", "PHP", "php",
        "8.1=8.1.{0-30};7.4=7.4.{0-33};8.2=8.2.{0-24};8.3=8.3.{0-12}", nullptr},
    {'a', "redis", "redis", "database", "Redis", "Redis", "redis",
        "7.0=7.0.{0-15};6.2=6.2.{0-16};7.2=7.2.{0-5}", nullptr},
    {'a', "microsoft", "internet_information_services", "middleware", "Microsoft",
        "Internet Information Services", "", "10.0;8.5;7.5", nullptr},
    {'a', "vmware", "spring_framework", "runtime", "VMware", "Spring Framework",
        "spring-framework", "5.3=5.3.{0-39};6.1=6.1.{0-14};6.0=6.0.{0-23}", nullptr},
    {'a', "apache", "log4j", "runtime", "Apache Software Foundation", "Log4j", "log4j",
        "2=2.{0-24}.0;1=1.2.{8-17}", nullptr},
    {'a', "fasterxml", "jackson-databind", "runtime", "FasterXML", "jackson-databind", "",
        "2.13=2.13.{0-5};2.12=2.12.{0-7};2.15=2.15.{0-4}", nullptr},
    {'a', "mariadb", "mariadb", "database", "MariaDB", "MariaDB", "mariadb",
        "10.6=10.6.{0-19};10.11=10.11.{0-9};10.5=10.5.{0-26}", nullptr},
    {'a', "vmware", "spring_boot", "runtime", "VMware", "Spring Boot", "spring-boot",
        "2.7=2.7.{0-18};3.1=3.1.{0-12};3.2=3.2.{0-10}", nullptr},
    {'a', "mongodb", "mongodb", "database", "MongoDB", "MongoDB", "mongodb",
        "6.0=6.0.{0-18};7.0=7.0.{0-14};5.0=5.0.{0-29}", nullptr},
    {'a', "elastic", "elasticsearch", "database", "Elastic", "Elasticsearch", "elasticsearch",
        "7.17=7.17.{0-24};8.13=8.13.{0-4};8.15=8.15.{0-3}", nullptr},
    {'a', "vmware", "vcenter_server", "application", "VMware", "vCenter Server", "vcenter",
        "7.0=7.0.{1-3};8.0=8.0.{1-3}", nullptr},
    {'a', "microsoft", "exchange_server", "application", "Microsoft", "Exchange Server",
        "msexchange", "2019=15.2.1{118-544}.9;2016=15.1.2{300-507}.6", nullptr},
    {'a', "haproxy", "haproxy", "middleware", "HAProxy", "HAProxy", "haproxy",
        "2.4=2.4.{0-25};2.6=2.6.{0-18};2.8=2.8.{0-10}", nullptr},
    {'a', "eclipse", "jetty", "middleware", "Eclipse Foundation", "Jetty", "eclipse-jetty",
        "9.4=9.4.{40-55};10.0=10.0.{0-20};11.0=11.0.{0-20}", nullptr},
    {'a', "redhat", "jboss_enterprise_application_platform", "middleware", "Red Hat",
        "JBoss Enterprise Application Platform", "jboss-eap", "7.4=7.4.{0-18};8.0=8.0.{0-3}",
        nullptr},
    {'a', "ibm", "websphere_application_server", "middleware", "IBM",
        "WebSphere Application Server", "websphere", "9.0=9.0.5.{1-20};8.5=8.5.5.{15-26}", nullptr},
    {'a', "oracle", "weblogic_server", "middleware", "Oracle", "WebLogic Server",
        "oracle-weblogic", "12.2.1.4.0;14.1.1.0.0", nullptr},
    {'a', "apache", "activemq", "middleware", "Apache Software Foundation", "ActiveMQ",
        "apache-activemq", "5.15=5.15.{0-16};5.16=5.16.{0-7};5.17=5.17.{0-6};5.18=5.18.{0-4}",
        nullptr},
    {'a', "apache", "kafka", "middleware", "Apache Software Foundation", "Kafka", "apache-kafka",
        "3=3.{0-8}.0;2=2.{6-8}.1", nullptr},
    {'a', "vmware", "rabbitmq", "middleware", "VMware", "RabbitMQ", "rabbitmq",
        "3.12=3.12.{0-14};3.13=3.13.{0-7}", nullptr},
    {'a', "apache", "struts", "middleware", "Apache Software Foundation", "Struts",
        "apache-struts", "2.5=2.5.{10-33};6=6.{0-3}.0", nullptr},
    {'a', "ruby-lang", "ruby", "runtime", "Ruby", "Ruby", "ruby",
        "3.2=3.2.{0-6};3.3=3.3.{0-5};2.7=2.7.{0-8}", nullptr},
    {'a', "golang", "go", "runtime", "Go", "Go", "go", "1.21=1.21.{0-13};1.22=1.22.{0-8};1.23=1.23.{0-3}",
        nullptr},
    {'a', "perl", "perl", "runtime", "Perl", "Perl", "perl", "5.36=5.36.{0-3};5.38=5.38.{0-2};5.34=5.34.{0-3}",
        nullptr},
    {'a', "isc", "bind", "application", "ISC", "BIND", "bind", "9.18=9.18.{0-30};9.16=9.16.{0-50}",
        nullptr},
    {'a', "samba", "samba", "application", "Samba", "Samba", "samba",
        "4.19=4.19.{0-6};4.18=4.18.{0-11};4.17=4.17.{0-12}", nullptr},
    {'a', "kubernetes", "kubernetes", "cloud", "Kubernetes", "Kubernetes", "kubernetes",
        "1.28=1.28.{0-15};1.29=1.29.{0-10};1.30=1.30.{0-6};1.27=1.27.{0-16}", nullptr},
    {'a', "redhat", "openshift_container_platform", "cloud", "Red Hat",
        "OpenShift Container Platform", "red-hat-openshift", "4.14=4.14.{0-40};4.16=4.16.{0-20}",
        nullptr},
    {'a', "mobyproject", "moby", "cloud", "Moby Project", "Moby", "docker-engine",
        "24.0=24.0.{0-9};25.0=25.0.{0-5};26.1=26.1.{0-4}", nullptr},
    {'a', "linuxfoundation", "containerd", "cloud", "Linux Foundation", "containerd", "containerd",
        "1.6=1.6.{0-36};1.7=1.7.{0-22}", nullptr},
    {'a', "helm", "helm", "cloud", "Helm", "Helm", "", "3.12=3.12.{0-3};3.14=3.14.{0-4}", nullptr},
    {'a', "hashicorp", "vault", "application", "HashiCorp", "Vault", "hashicorp-vault",
        "1.15=1.15.{0-6};1.16=1.16.{0-3};1.14=1.14.{0-10}", nullptr},
    {'a', "hashicorp", "consul", "application", "HashiCorp", "Consul", "consul",
        "1.17=1.17.{0-3};1.18=1.18.{0-2}", nullptr},
    {'a', "atlassian", "jira", "application", "Atlassian", "Jira", "jira-software",
        "9.4=9.4.{0-25};9.12=9.12.{0-12}", nullptr},
    {'a', "atlassian", "confluence", "application", "Atlassian", "Confluence", "confluence",
        "7.19=7.19.{0-28};8.5=8.5.{0-14}", nullptr},
    {'a', "gitlab", "gitlab", "application", "GitLab", "GitLab", "gitlab",
        "16.11=16.11.{0-10};17.3=17.3.{0-7};16.7=16.7.{0-9}", nullptr},
    {'a', "jenkins", "jenkins", "application", "Jenkins", "Jenkins", "jenkins",
        "2.462=2.462.{1-3};2.440=2.440.{1-3};2.426=2.426.{1-3}", nullptr},
    {'a', "grafana", "grafana", "application", "Grafana Labs", "Grafana", "grafana",
        "10.4=10.4.{0-10};9.5=9.5.{0-20};11.1=11.1.{0-5}", nullptr},
    {'a', "zabbix", "zabbix", "application", "Zabbix", "Zabbix", "zabbix",
        "6.0=6.0.{0-30};6.4=6.4.{0-15};7.0=7.0.{0-5}", nullptr},
    {'a', "splunk", "splunk", "application", "Splunk", "Splunk Enterprise", "splunk",
        "9.0=9.0.{0-10};9.1=9.1.{0-5};9.2=9.2.{0-3}", nullptr},
    {'a', "mozilla", "firefox_esr", "application", "Mozilla", "Firefox ESR", "firefox",
        "115=115.{0-15}.0;128=128.{0-4}.0", nullptr},
    {'a', "google", "chrome", "application", "Google", "Chrome", "chrome",
        "126=126.0.6478.{50-183};127=127.0.6533.{72-120}", nullptr},
    {'a', "adobe", "acrobat_reader_dc", "application", "Adobe", "Acrobat Reader DC", "",
        "23=23.008.20{421-533};24=24.002.20{759-991}", nullptr},
    {'a', "7-zip", "7-zip", "application", "7-Zip", "7-Zip", "", "23.01;24.07;22.01", nullptr},
    {'a', "wireshark", "wireshark", "application", "Wireshark", "Wireshark", "",
        "4.2=4.2.{0-6};3.6=3.6.{0-23}", nullptr},
    {'a', "veeam", "backup_\\&_replication", "application", "Veeam", "Backup & Replication",
        "veeam-backup-and-replication", "12.1=12.1.{0-2}.172;11=11.0.1.1261", nullptr},
    {'a', "ivanti", "connect_secure", "network", "Ivanti", "Connect Secure", "",
        "22.7=22.7r2.{0-3};22.6=22.6r2.{0-2}", nullptr},
    {'a', "f5", "big-ip_local_traffic_manager", "network", "F5", "BIG-IP Local Traffic Manager",
        "f5-big-ip", "16.1=16.1.{0-5};17.1=17.1.{0-2};15.1=15.1.{0-10}", nullptr},
    {'a', "citrix", "netscaler_application_delivery_controller", "network", "Citrix",
        "NetScaler Application Delivery Controller", "citrix-adc",
        "13.1=13.1-{40-55}.15;14.1=14.1-{4-29}.72", nullptr},
    {'a', "cisco", "adaptive_security_appliance_software", "network", "Cisco",
        "Adaptive Security Appliance Software", "", "9.16=9.16.{1-4};9.18=9.18.{1-4}", nullptr},
    {'o', "dell", "idrac9_firmware", "firmware", "Dell", "iDRAC9 Firmware", "",
        "6.10=6.10.{0-80}.00;7.00=7.00.{0-60}.00", nullptr},
    {'o', "hpe", "integrated_lights-out_5_firmware", "firmware", "HPE", "iLO 5 Firmware", "",
        "2=2.{70-99}", nullptr},
    {'o', "lenovo", "xclarity_controller_firmware", "firmware", "Lenovo", "XClarity Controller",
        "", "2=2.{10-94}", nullptr},
    {'a', "hitachi", "jp1\\/automatic_job_management_system_3", "middleware", "日立製作所",
        "JP1/Automatic Job Management System 3", "", "13=13-00;13=13-10;13=13-50;12=12-60",
        nullptr},
    {'a', "fujitsu", "interstage_application_server", "middleware", "富士通",
        "Interstage Application Server", "", "12=12.{0-3}.0;11=11.1.{0-1}", nullptr},
    {'a', "nec", "webotx_application_server", "middleware", "NEC", "WebOTX Application Server",
        "", "10=10.{1-4};9=9.{4-6}", nullptr},
    {'a', "cybozu", "garoon", "application", "サイボウズ", "Garoon", "", "5=5.{0-15}.0;6=6.0.{0-2}",
        nullptr},
    {'a', "cybozu", "office", "application", "サイボウズ", "Office", "", "10=10.8.{0-6}", nullptr},
    {'a', "trendmicro", "apex_one", "application", "Trend Micro", "Apex One", "", "2019;saas",
        nullptr},
    {'a', "trendmicro", "deep_security_agent", "application", "Trend Micro",
        "Deep Security Agent", "", "20=20.0.0.{8000-9000}", nullptr},
    {'a', "sap", "netweaver_application_server_abap", "application", "SAP",
        "NetWeaver Application Server ABAP", "", "7.5=7.{50-58}", nullptr},
    {'a', "oracle", "e-business_suite", "application", "Oracle", "E-Business Suite", "",
        "12.2=12.2.{3-13}", nullptr},
    {'a', "apache", "zookeeper", "middleware", "Apache Software Foundation", "ZooKeeper",
        "apache-zookeeper", "3.8=3.8.{0-4};3.9=3.9.{0-2}", nullptr},
    {'a', "apache", "solr", "application", "Apache Software Foundation", "Solr", "apache-solr",
        "8.11=8.11.{0-3};9=9.{0-6}.0", nullptr},
    {'a', "apache", "hadoop", "application", "Apache Software Foundation", "Hadoop",
        "apache-hadoop", "3.3=3.3.{0-6};3.4=3.4.{0-1}", nullptr},
    {'a', "apache", "spark", "application", "Apache Software Foundation", "Spark", "apache-spark",
        "3.5=3.5.{0-2};3.4=3.4.{0-3};3.3=3.3.{0-4}", nullptr},
    {'a', "apache", "airflow", "application", "Apache Software Foundation", "Airflow",
        "apache-airflow", "2=2.{5-9}.0", nullptr},
    {'a', "apache", "camel", "middleware", "Apache Software Foundation", "Camel", "apache-camel",
        "3.21=3.21.{0-4};4.4=4.4.{0-3}", nullptr},
    {'a', "apache", "shiro", "runtime", "Apache Software Foundation", "Shiro", "",
        "1=1.1{0-3}.0", nullptr},
    {'a', "apache", "commons_text", "runtime", "Apache Software Foundation", "Commons Text", "",
        "1=1.{8-11}", nullptr},
    {'a', "snakeyaml_project", "snakeyaml", "runtime", "SnakeYAML Project", "SnakeYAML", "",
        "1=1.{26-33};2=2.{0-2}", nullptr},
    {'a', "qos", "logback", "runtime", "QOS.ch", "Logback", "", "1.2=1.2.{0-13};1.4=1.4.{0-14}",
        nullptr},
    {'a', "netty", "netty", "runtime", "Netty", "Netty", "", "4.1=4.1.{80-115}", nullptr},
    {'a', "google", "guava", "runtime", "Google", "Guava", "", "32=32.1.{0-3};31=31.{0-1}", nullptr},
    {'a', "jquery", "jquery", "runtime", "jQuery", "jQuery", "", "3=3.{4-7}.0;1=1.12.4", nullptr},
    {'a', "lodash", "lodash", "runtime", "Lodash", "Lodash", "", "4=4.17.{15-21}", nullptr},
    {'a', "expressjs", "express", "runtime", "Express", "Express", "", "4=4.1{7-9}.0", nullptr},
    {'a', "djangoproject", "django", "application", "Django Software Foundation", "Django",
        "django", "4.2=4.2.{0-16};5.0=5.0.{0-9}", nullptr},
    {'a', "palletsprojects", "flask", "runtime", "Pallets", "Flask", "", "2=2.{2-3}.0;3=3.0.{0-3}",
        nullptr},
    {'a', "rubyonrails", "rails", "application", "Ruby on Rails", "Rails", "rails",
        "7.0=7.0.{0-8};7.1=7.1.{0-4}", nullptr},
    {'a', "laravel", "framework", "runtime", "Laravel", "Framework", "laravel",
        "10=10.{0-48}.0;11=11.{0-20}.0", nullptr},
    {'a', "wordpress", "wordpress", "application", "WordPress", "WordPress", "wordpress",
        "6.4=6.4.{0-5};6.5=6.5.{0-5};6.6=6.6.{0-2}", nullptr},
    {'a', "drupal", "drupal", "application", "Drupal", "Drupal", "drupal",
        "10.2=10.2.{0-10};10.3=10.3.{0-6}", nullptr},
    {'a', "joomla", "joomla\\!", "application", "Joomla!", "Joomla!", "joomla",
        "4=4.{0-4}.0;5=5.{0-1}.0", nullptr},
    {'a', "moodle", "moodle", "application", "Moodle", "Moodle", "moodle",
        "4.1=4.1.{0-12};4.4=4.4.{0-3}", nullptr},
    {'a', "phpmyadmin", "phpmyadmin", "application", "phpMyAdmin", "phpMyAdmin", "",
        "5.2=5.2.{0-1};5.1=5.1.{0-4}", nullptr},
    {'a', "roundcube", "webmail", "application", "Roundcube", "Webmail", "roundcube",
        "1.6=1.6.{0-9};1.5=1.5.{0-8}", nullptr},
    {'a', "postfix", "postfix", "application", "Postfix", "Postfix", "", "3=3.{5-8}.0", nullptr},
    {'a', "exim", "exim", "application", "Exim", "Exim", "", "4=4.9{4-8}", nullptr},
    {'a', "dovecot", "dovecot", "application", "Dovecot", "Dovecot", "", "2.3=2.3.{10-21}",
        nullptr},
    {'a', "squid-cache", "squid", "middleware", "Squid", "Squid", "", "5=5.{1-9};6=6.{1-10}",
        nullptr},
    {'a', "openvpn", "openvpn", "application", "OpenVPN", "OpenVPN", "", "2.5=2.5.{0-10};2.6=2.6.{0-12}",
        nullptr},
    {'a', "strongswan", "strongswan", "application", "strongSwan", "strongSwan", "",
        "5.9=5.9.{0-14}", nullptr},
    {'a', "traefik", "traefik", "middleware", "Traefik Labs", "Traefik", "traefik",
        "2.10=2.10.{0-7};2.11=2.11.{0-8}", nullptr},
    {'a', "envoyproxy", "envoy", "middleware", "Envoy Proxy", "Envoy", "envoy",
        "1.28=1.28.{0-7};1.30=1.30.{0-4}", nullptr},
    {'a', "prometheus", "prometheus", "application", "Prometheus", "Prometheus", "prometheus",
        "2.45=2.45.{0-6};2.53=2.53.{0-2}", nullptr},
    {'a', "sonatype", "nexus_repository_manager", "application", "Sonatype",
        "Nexus Repository Manager", "", "3=3.{50-70}.0", nullptr},
    {'a', "ibm", "db2", "database", "IBM", "Db2", "ibm-db2", "11.5=11.5.{0-9}", nullptr},
    {'a', "ibm", "mq", "middleware", "IBM", "MQ", "ibm-mq", "9.3=9.3.{0-5};9.2=9.2.{0-5}", nullptr},
    {'a', "apache", "cassandra", "database", "Apache Software Foundation", "Cassandra",
        "apache-cassandra", "4.0=4.0.{0-13};4.1=4.1.{0-6}", nullptr},
    {'a', "sqlite", "sqlite", "database", "SQLite", "SQLite", "", "3=3.{30-46}.0", nullptr},
    {'a', "veritas", "netbackup", "application", "Veritas", "NetBackup", "", "10=10.{0-4}",
        nullptr},
    {'a', "teamviewer", "teamviewer", "application", "TeamViewer", "TeamViewer", "",
        "15=15.{40-58}.3", nullptr},
    {'a', "crowdstrike", "falcon", "application", "CrowdStrike", "Falcon Sensor", "",
        "7=7.{10-18}", nullptr},
    {'a', "broadcom", "symantec_endpoint_protection", "application", "Broadcom",
        "Symantec Endpoint Protection", "", "14.3=14.3.{7388-11213}", nullptr},
    {'a', "vmware", "tools", "application", "VMware", "Tools", "", "12=12.{0-4}.0", nullptr},
    {'a', "microsoft", "sharepoint_server", "application", "Microsoft", "SharePoint Server",
        "sharepoint", "2019=16.0.10{300-412}", nullptr},
};

const char *const kOsPoolKind = "os";

// Synthetic names: the tail (estate) and feed-only products use different syllables so that
// they never collide by accident.
const char *const kTailSyllables[] = {"ka", "zen", "lor", "mi", "tra", "vel", "nor", "ax", "qui",
    "sol", "dar", "fen", "gri", "hol", "jun", "kel", "mar", "nex", "ori", "pra", "rho", "sta",
    "tek", "umb", "vor", "wex", "yal", "zor"};
const char *const kFeedSyllables[] = {"bri", "cor", "dun", "el", "fa", "gol", "ist", "jor",
    "lum", "mos", "pel", "ros", "sil", "tor", "ula", "vin", "ber", "cal", "dro", "ep"};
const char *const kVendorSuffixes[] = {"soft", "tech", "systems", "labs", "works", "data", "net",
    "", "", ""};
const char *const kProductNouns[] = {"asset_manager", "data_gateway", "portal",
    "workflow_engine", "backup_agent", "log_collector", "api_gateway", "identity_server",
    "report_server", "scheduler", "message_broker", "cache", "file_transfer", "monitoring_agent",
    "hr_suite", "erp", "crm", "document_server", "print_server", "license_server",
    "build_server", "edge_router", "vpn_client", "storage_controller", "kvm_switch",
    "sensor_hub", "web_console", "mail_gateway", "dlp_agent", "cms"};

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QByteArray titleCase(const QByteArray &cpeName)
{
    QByteArray out = cpeName;
    bool start = true;
    for (char &ch : out) {
        if (ch == '_') {
            ch = ' ';
            start = true;
        } else if (start) {
            ch = char(std::toupper(static_cast<unsigned char>(ch)));
            start = false;
        }
    }
    return out;
}

QByteArray syllableName(const char *const *syllables, int count, quint64 h, int parts)
{
    QByteArray out;
    for (int i = 0; i < parts; ++i) {
        out += syllables[h % count];
        h /= count;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Small writers: bytes, not QString, for speed

void appendInt(QByteArray &b, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    b.append(buf, r.ptr - buf);
}

void appendPadded(QByteArray &b, qint64 v, int width)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    for (qsizetype n = r.ptr - buf; n < width; ++n)
        b.append('0');
    b.append(buf, r.ptr - buf);
}

void appendDate(QByteArray &b, QDate d)
{
    appendPadded(b, d.year(), 4);
    b.append('-');
    appendPadded(b, d.month(), 2);
    b.append('-');
    appendPadded(b, d.day(), 2);
}

void appendScore(QByteArray &b, double v)
{
    const int tenths = int(std::lround(v * 10));
    appendInt(b, tenths / 10);
    b.append('.');
    appendInt(b, tenths % 10);
}

void appendJsonString(QByteArray &b, const QByteArray &s)
{
    b.append('"');
    for (char ch : s) {
        switch (ch) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default: b.append(ch);
        }
    }
    b.append('"');
}

void appendCsv(QByteArray &b, const QByteArray &s)
{
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        QByteArray q = s;
        q.replace("\"", "\"\"");
        b.append('"').append(q).append('"');
    } else {
        b.append(s);
    }
}

void appendUuid(QByteArray &b, QRandomGenerator &rng)
{
    static const char hex[] = "0123456789ABCDEF";
    const quint64 a = rng.generate64();
    const quint64 c = rng.generate64();
    char out[36];
    int k = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[k++] = '-';
        const quint64 word = i < 16 ? a : c;
        out[k++] = hex[(word >> ((i % 16) * 4)) & 0xf];
    }
    b.append(out, 36);
}

/// Index drawn from cumulative weights.
int drawCdf(const std::vector<double> &cdf, QRandomGenerator &rng)
{
    const double x = rng.generateDouble() * cdf.back();
    const auto it = std::upper_bound(cdf.begin(), cdf.end(), x);
    return int(std::min<qsizetype>(it - cdf.begin(), qsizetype(cdf.size()) - 1));
}

template<std::size_t N>
int weighted(const std::array<int, N> &weights, QRandomGenerator &rng)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int x = rng.bounded(total);
    for (std::size_t i = 0; i < N; ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(N) - 1;
}

/// Natural order of release cycles ("9" < "10", "2.4" < "2.10"), for newest-first files.
bool cycleLess(const QByteArray &a, const QByteArray &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i]));
        const bool db = std::isdigit(static_cast<unsigned char>(b[j]));
        if (da && db) {
            qint64 x = 0;
            qint64 y = 0;
            while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i])))
                x = x * 10 + (a[i++] - '0');
            while (j < b.size() && std::isdigit(static_cast<unsigned char>(b[j])))
                y = y * 10 + (b[j++] - '0');
            if (x != y)
                return x < y;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

// ---------------------------------------------------------------------------------------------
// CVSS

struct Cvss31
{
    char av, ac, pr, ui, s, c, i, a;
};

const char *v3Word(char metric, char v)
{
    switch (metric) {
    case 'V':
        return v == 'N' ? "NETWORK" : v == 'A' ? "ADJACENT_NETWORK" : v == 'L' ? "LOCAL" : "PHYSICAL";
    case 'C':
        return v == 'L' ? "LOW" : "HIGH";
    case 'P':
        return v == 'N' ? "NONE" : v == 'L' ? "LOW" : "HIGH";
    case 'U':
        return v == 'N' ? "NONE" : "REQUIRED";
    case 'S':
        return v == 'U' ? "UNCHANGED" : "CHANGED";
    default: // impacts
        return v == 'H' ? "HIGH" : v == 'L' ? "LOW" : "NONE";
    }
}

const char *severity3(double score)
{
    if (score == 0)
        return "NONE";
    if (score < 4)
        return "LOW";
    if (score < 7)
        return "MEDIUM";
    if (score < 9)
        return "HIGH";
    return "CRITICAL";
}

const char *severity2(double score)
{
    return score < 4 ? "LOW" : score < 7 ? "MEDIUM" : "HIGH";
}

double roundUp(double x)
{
    const qint64 n = std::llround(x * 100000);
    if (n % 10000 == 0)
        return double(n) / 100000.0;
    return (std::floor(double(n) / 10000.0) + 1) / 10.0;
}

struct Cvss31Parts
{
    double base = 0;
    double exploitability = 0;
    double impact = 0;
};

Cvss31Parts cvss31(char av, char ac, char pr, char ui, char scope, char c, char i, char a)
{
    const double vAv = av == 'N' ? 0.85 : av == 'A' ? 0.62 : av == 'L' ? 0.55 : 0.2;
    const double vAc = ac == 'L' ? 0.77 : 0.44;
    const bool changed = scope == 'C';
    const double vPr = pr == 'N' ? 0.85 : pr == 'L' ? (changed ? 0.68 : 0.62) : (changed ? 0.5 : 0.27);
    const double vUi = ui == 'N' ? 0.85 : 0.62;
    const auto cia = [](char v) { return v == 'H' ? 0.56 : v == 'L' ? 0.22 : 0.0; };
    const double iss = 1 - (1 - cia(c)) * (1 - cia(i)) * (1 - cia(a));
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15)
                                  : 6.42 * iss;
    const double expl = 8.22 * vAv * vAc * vPr * vUi;
    Cvss31Parts out;
    out.exploitability = std::round(expl * 10) / 10;
    out.impact = std::round(std::max(impact, 0.0) * 10) / 10;
    if (impact <= 0)
        return out;
    out.base = changed ? roundUp(std::min(1.08 * (impact + expl), 10.0))
                       : roundUp(std::min(impact + expl, 10.0));
    return out;
}

struct Cvss2Parts
{
    double base = 0;
    double exploitability = 0;
    double impact = 0;
};

Cvss2Parts cvss2(char av, char ac, char au, char c, char i, char a)
{
    const double vAv = av == 'L' ? 0.395 : av == 'A' ? 0.646 : 1.0;
    const double vAc = ac == 'H' ? 0.35 : ac == 'M' ? 0.61 : 0.71;
    const double vAu = au == 'M' ? 0.45 : au == 'S' ? 0.56 : 0.704;
    const auto cia = [](char v) { return v == 'N' ? 0.0 : v == 'P' ? 0.275 : 0.660; };
    const double impact = 10.41 * (1 - (1 - cia(c)) * (1 - cia(i)) * (1 - cia(a)));
    const double expl = 20 * vAv * vAc * vAu;
    const double f = impact == 0 ? 0 : 1.176;
    Cvss2Parts out;
    out.base = std::round(((0.6 * impact) + (0.4 * expl) - 1.5) * f * 10) / 10;
    out.exploitability = std::round(expl * 10) / 10;
    out.impact = std::round(impact * 10) / 10;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Description text

struct VulnType
{
    const char *sentence; ///< opens the description
    const char *title;    ///< KEV vulnerabilityName
    const char *cwe;
};

const VulnType kVulnTypes[] = {
    {"A cross-site scripting (XSS) vulnerability", "Cross-Site Scripting", "CWE-79"},
    {"An SQL injection vulnerability", "SQL Injection", "CWE-89"},
    {"An out-of-bounds write", "Out-of-Bounds Write", "CWE-787"},
    {"A use-after-free flaw", "Use-After-Free", "CWE-416"},
    {"A path traversal vulnerability", "Path Traversal", "CWE-22"},
    {"An improper authentication issue", "Improper Authentication", "CWE-287"},
    {"Deserialization of untrusted data", "Deserialization of Untrusted Data", "CWE-502"},
    {"An OS command injection vulnerability", "OS Command Injection", "CWE-78"},
    {"A server-side request forgery (SSRF) issue", "Server-Side Request Forgery", "CWE-918"},
    {"Improper input validation", "Improper Input Validation", "CWE-20"},
    {"An information disclosure vulnerability", "Information Disclosure", "CWE-200"},
    {"A NULL pointer dereference", "NULL Pointer Dereference", "CWE-476"},
    {"An integer overflow", "Integer Overflow", "CWE-190"},
    {"A race condition", "Race Condition", "CWE-362"},
    {"An improper access control flaw", "Improper Access Control", "CWE-284"},
    {"A cross-site request forgery (CSRF) vulnerability", "Cross-Site Request Forgery", "CWE-352"},
    {"An XML external entity (XXE) issue", "XML External Entity", "CWE-611"},
    {"A privilege escalation vulnerability", "Privilege Escalation", "CWE-269"},
    {"Uncontrolled resource consumption", "Resource Exhaustion", "CWE-400"},
    {"A heap-based buffer overflow", "Heap-Based Buffer Overflow", "CWE-122"},
    {"Use of hard-coded credentials", "Hard-coded Credentials", "CWE-798"},
    {"A missing authorization check", "Missing Authorization", "CWE-862"},
};

const char *const kWhere[] = {"the web management interface", "the SSL/TLS handshake code",
    "the HTTP/2 implementation", "the REST API", "the LDAP authentication module",
    "the file upload handler", "the XML parser", "the SMB service", "the networking stack",
    "the JDBC driver", "the scripting engine", "the installer", "the SNMP agent",
    "the VPN gateway component", "the administration console", "the session handling code",
    "the image decoder", "the logging subsystem"};
const char *const kAttacker[] = {"a remote unauthenticated attacker",
    "an authenticated attacker with low privileges", "a local attacker",
    "an attacker on the adjacent network",
    "a remote attacker who can trick a user into opening a crafted file"};
const char *const kImpact[] = {"execute arbitrary code", "cause a denial of service (crash)",
    "read arbitrary files", "obtain sensitive information", "escalate privileges to root",
    "bypass authentication", "inject arbitrary web script or HTML", "modify configuration data",
    "execute arbitrary SQL commands", "write arbitrary files on the server"};
const char *const kVector[] = {"via a crafted HTTP request", "via a specially crafted packet",
    "via a malicious URL parameter", "via a crafted certificate", "via a long header value",
    "via a crafted archive file", "via a crafted serialized object", "via the search field"};
const char *const kExtra[] = {
    "Exploitation requires that the affected feature is enabled, which is not the default.",
    "The vendor has released updates that address this issue.",
    "NOTE: this vulnerability exists because of an incomplete fix for an earlier issue.",
    "The flaw is caused by a missing length check when the input is parsed.",
    "Successful exploitation could lead to a full compromise of the affected system.",
    "Attack complexity is low and no user interaction is required.",
    "This issue was discovered during an internal security review.",
    "Workarounds are available; see the vendor advisory for details.",
    "Only configurations that expose the service to untrusted networks are affected.",
};

const char *const kRefTags[] = {"Vendor Advisory", "Patch", "Third Party Advisory", "Exploit",
    "Issue Tracking", "Mailing List", "Release Notes"};

// ---------------------------------------------------------------------------------------------
// The generator

/// Real NVD volume per year, 1999 to 2025 (approximate), to spread the ids like the real feed.
constexpr std::array<int, 27> kYearWeights = {1580, 1240, 1560, 2380, 1550, 2710, 4930, 6660,
    6520, 5630, 5730, 4640, 4150, 5290, 5190, 7940, 6490, 6450, 14640, 16510, 17310, 18350,
    20160, 25060, 29070, 40000, 35000};
constexpr int kFirstYear = 1999;
const QDate kHorizon(2026, 10, 31); ///< nothing happens after this day
const QDate kKevStart(2021, 11, 3);

struct KevInfo
{
    QDate added;
    QDate due;
    QByteArray name;
    bool ransomware = false;
};

struct CvePlan
{
    int year = 0;
    int number = 0;
    QDate published;
    int secondOfDay = 0;
    int millis = 0;
    bool awaiting = false; ///< no analysis yet: no configurations
    bool estate = false;   ///< names a product the inventory runs
    int product = 0;       ///< catalog index (estate) or feed-only index
    int vulnType = 0;
};

struct Chunk
{
    QByteArray json;
    QByteArray cves;    ///< baseline/cves.csv rows
    QByteArray matches; ///< baseline/cpe_matches.csv rows
    qint64 cpeMatches = 0;
    int estate = 0;
};

struct CpeMatchOut
{
    QByteArray criteria;
    QByteArray startIncluding;
    QByteArray startExcluding;
    QByteArray endIncluding;
    QByteArray endExcluding;
    bool vulnerable = true;
};

class Generator
{
public:
    Generator(const EstateGenOptions &o) : m_o(o) {}

    void buildCatalog();
    void chooseEol();
    Status writeInventory(const QString &dir, EstateGenReport &r);
    Status writeEndOfLife(const QString &dir, EstateGenReport &r);
    void prepareFeed();
    Status writeKev(const QString &dir, EstateGenReport &r);
    Status writeNvd(const QString &dir, EstateGenReport &r);

private:
    QRandomGenerator rngFor(quint32 stream, quint32 index) const
    {
        const quint32 words[3] = {m_o.seed, stream, index};
        return QRandomGenerator(words, 3);
    }
    CvePlan plan(int index, QRandomGenerator &rng) const;
    void writeCve(int index, Chunk &out) const;
    QByteArray cveId(const CvePlan &p) const;
    QByteArray criteria(char part, const QByteArray &vendor, const QByteArray &product,
                        const QByteArray &version) const;
    void estateMatches(const Product &p, int count, QRandomGenerator &rng,
                       QList<CpeMatchOut> &out) const;
    void feedOnlyMatches(int index, int count, QRandomGenerator &rng,
                         QList<CpeMatchOut> &out) const;
    void feedOnlyName(int index, char &part, QByteArray &vendor, QByteArray &product) const;
    void platformMatches(const Product *p, int count, QRandomGenerator &rng,
                         QList<CpeMatchOut> &out) const;
    Chunk makeChunk(int file) const;

    EstateGenOptions m_o;
    QList<Product> m_products;
    QList<int> m_osPool;    ///< catalog indexes, in popularity order
    QList<int> m_otherPool; ///< idem
    std::vector<double> m_osCdf;
    std::vector<double> m_otherCdf;
    QList<int> m_componentsOf; ///< per catalog product: components using it
    QList<int> m_cveProducts;  ///< estate products a CVE may name
    std::vector<double> m_cveProductCdf;
    std::vector<int> m_yearStart; ///< first CVE index of each year (+ end)
    QHash<int, KevInfo> m_kev;    ///< by CVE index
    QList<QByteArray> m_eolIds;   ///< the files written, in order
};

void Generator::buildCatalog()
{
    QRandomGenerator rng = rngFor(1, 0);
    QHash<QByteArray, int> byCpe;
    for (const HeadRow &h : kHead) {
        Product p;
        p.part = h.part;
        p.vendor = h.vendor;
        p.product = h.product;
        p.kind = h.kind;
        p.displayVendor = h.displayVendor;
        p.displayProduct = h.displayProduct;
        p.eolId = h.eolId;
        p.families = h.part == 'h' ? QList<Family>{Family{}} : parseFamilies(h.families);
        byCpe.insert(p.vendor + ':' + p.product, int(m_products.size()));
        m_products << p;
    }
    for (qsizetype i = 0; i < qsizetype(std::size(kHead)); ++i) {
        if (kHead[i].companion)
            m_products[i].companion = byCpe.value(kHead[i].companion, -1);
    }

    // The tail: synthetic vendors with one to four products each.
    static const char *const kinds[] = {"application", "middleware", "runtime", "database",
        "network", "firmware", "cloud"};
    static const std::array<int, 7> kindWeights = {55, 12, 12, 6, 5, 5, 5};
    QSet<QByteArray> names;
    int vendorNo = 0;
    while (m_products.size() < qsizetype(std::size(kHead)) + m_o.tailProducts) {
        const quint64 h = splitmix(quint64(m_o.seed) * 7919 + quint64(vendorNo++));
        QByteArray vendor = syllableName(kTailSyllables, int(std::size(kTailSyllables)), h,
                                         2 + int(h >> 60) % 2);
        const char *suffix = kVendorSuffixes[(h >> 40) % std::size(kVendorSuffixes)];
        QByteArray display = titleCase(vendor);
        if (*suffix) {
            vendor += QByteArray("_") + suffix;
            display += ' ' + titleCase(suffix);
        }
        if (names.contains(vendor))
            vendor += QByteArray::number(vendorNo);
        names.insert(vendor);
        const int products = 1 + rng.bounded(4);
        for (int k = 0; k < products; ++k) {
            Product p;
            const int kind = weighted(kindWeights, rng);
            p.kind = kinds[kind];
            p.part = (kind == 4 || kind == 5) ? 'o' : 'a';
            p.vendor = vendor;
            p.displayVendor = display;
            QByteArray noun = kProductNouns[rng.bounded(int(std::size(kProductNouns)))];
            if (rng.bounded(2))
                noun = syllableName(kTailSyllables, int(std::size(kTailSyllables)),
                                    rng.generate64(), 2) + '_' + noun;
            p.product = noun;
            if (names.contains(vendor + ':' + noun))
                p.product = noun + '_' + QByteArray::number(k + 1);
            names.insert(vendor + ':' + p.product);
            p.displayProduct = titleCase(p.product);
            // Version families: semantic (M.m.p), calendar (2023.4) or build numbers.
            const int style = rng.bounded(10);
            const int cycles = 1 + rng.bounded(6);
            int major = 1 + rng.bounded(12);
            int minor = rng.bounded(10);
            int year = 2018 + rng.bounded(4);
            for (int c = 0; c < cycles; ++c) {
                Family f;
                f.placeholder = 'n';
                if (style < 6) {
                    f.cycle = QByteArray::number(major) + '.' + QByteArray::number(minor);
                    f.prefix = f.cycle + '.';
                    f.lo = 0;
                    f.hi = 2 + rng.bounded(30);
                    if (rng.bounded(3) == 0) {
                        ++major;
                        minor = 0;
                    } else {
                        minor += 1 + rng.bounded(2);
                    }
                } else if (style < 8) {
                    f.cycle = QByteArray::number(year++);
                    f.prefix = f.cycle + '.';
                    f.lo = 1;
                    f.hi = 4 + rng.bounded(9);
                } else {
                    f.cycle = QByteArray::number(major++);
                    f.prefix = f.cycle + ".0.";
                    f.lo = 100 + rng.bounded(500);
                    f.hi = f.lo + 50 + rng.bounded(900);
                }
                p.families << f;
            }
            m_products << p;
        }
    }

    for (int i = 0; i < m_products.size(); ++i) {
        const Product &p = m_products.at(i);
        if (p.hardware())
            continue;
        (p.kind == kOsPoolKind ? m_osPool : m_otherPool) << i;
    }
    const auto zipf = [](const QList<int> &pool, double s) {
        std::vector<double> cdf;
        double sum = 0;
        for (qsizetype r = 0; r < pool.size(); ++r) {
            sum += 1.0 / std::pow(double(r + 1), s);
            cdf.push_back(sum);
        }
        return cdf;
    };
    // Network OSes are kind "network" in the head: move them into the OS pool after the servers.
    QList<int> os;
    QList<int> other;
    for (int i : std::as_const(m_otherPool)) {
        const Product &p = m_products.at(i);
        if (i < qsizetype(std::size(kHead)) && p.part == 'o' && p.kind == "network")
            os << i;
        else
            other << i;
    }
    m_osPool += os;
    m_otherPool = other;
    m_osCdf = zipf(m_osPool, 1.1);
    m_otherCdf = zipf(m_otherPool, 1.0);
    m_componentsOf = QList<int>(m_products.size(), 0);
}

void Generator::chooseEol()
{
    // Head ids first (several head products may share one: windows-server), then the most
    // popular tail products until the count is reached.
    QSet<QByteArray> ids;
    for (const Product &p : std::as_const(m_products)) {
        if (!p.eolId.isEmpty() && !ids.contains(p.eolId) && ids.size() < m_o.eolProducts) {
            ids.insert(p.eolId);
            m_eolIds << p.eolId;
        }
    }
    for (int i : std::as_const(m_otherPool)) {
        if (m_eolIds.size() >= m_o.eolProducts)
            break;
        Product &p = m_products[i];
        if (!p.eolId.isEmpty())
            continue;
        QByteArray id;
        for (char ch : (p.vendor + '-' + p.product).toLower()) {
            const bool allowed = std::isalnum(static_cast<unsigned char>(ch)) || ch == '.'
                                 || ch == '+' || ch == '-';
            if (allowed)
                id += ch;
            else if (!id.endsWith('-'))
                id += '-';
        }
        if (ids.contains(id))
            continue;
        p.eolId = id;
        ids.insert(id);
        m_eolIds << id;
    }
    // Head products whose id did not fit keep no id.
    for (Product &p : m_products) {
        if (!p.eolId.isEmpty() && !ids.contains(p.eolId))
            p.eolId.clear();
    }
}

// ---------------------------------------------------------------------------------------------
// Inventory

const char *const kJaSystems[] = {"基幹会計システム", "販売管理システム", "人事給与システム",
    "生産管理システム", "在庫管理システム", "顧客管理基盤", "社内ポータル", "文書管理システム",
    "物流管理システム", "経費精算システム", "勤怠管理システム", "品質管理システム",
    "調達購買システム", "設備保全システム", "営業支援システム", "コールセンター基盤"};
const char *const kEnSystems[] = {"Customer Portal", "Payment Gateway", "Data Warehouse",
    "E-commerce Frontend", "Identity Provider", "Email Relay", "VPN Concentrator",
    "Core Banking", "Claims Processing", "Warehouse Management", "Build Farm", "Monitoring",
    "Log Analytics", "Internet Edge Firewall", "Branch Router", "Backup Server", "File Server",
    "HR Self-service", "Ticketing", "API Platform"};
const char *const kOwners[] = {"インフラ基盤チーム", "業務システム部", "ネットワーク運用課",
    "Platform Team", "Digital Channels", "Security Operations", "Data Engineering",
    "情報システム部", "製造システム課", "Corporate IT", "Retail Systems", "海外拠点IT"};
const char *const kEnvironments[] = {"production", "staging", "development"};
const char *const kExposures[] = {"internet", "internal", "isolated"};
const char *const kLifecycles[] = {"active", "frozen", "retiring", "retired"};

Status writeFile(QFile &f, const QByteArray &bytes)
{
    if (f.write(bytes) != bytes.size())
        return Error{ErrorKind::Failed, QStringLiteral("Cannot write %1: %2")
                                            .arg(f.fileName(), f.errorString())};
    return {};
}

Status openFile(QFile &f)
{
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorKind::Failed, QStringLiteral("Cannot create %1: %2")
                                            .arg(f.fileName(), f.errorString())};
    return {};
}

Status Generator::writeInventory(const QString &dir, EstateGenReport &r)
{
    QRandomGenerator rng = rngFor(2, 0);
    QFile inv(dir + QStringLiteral("/inventory.csv"));
    QFile base(dir + QStringLiteral("/baseline/components.csv"));
    if (Status s = openFile(inv); !s.ok())
        return s;
    if (Status s = openFile(base); !s.ok())
        return s;
    QByteArray out = "system_code,system_name,owner,criticality,environment,exposure,"
                     "lifecycle_state,component_kind,vendor,product,version,cpe,eol_product,"
                     "eol_cycle,instances\n";
    QByteArray bout = "id,system_code,kind,vendor,product,version,cpe\n";

    // Components per system: 10-40 where the total allows, adjusted to the exact total.
    const int systems = m_o.systems;
    const int total = m_o.components;
    const int avg = (total + systems - 1) / systems;
    const int lo = std::min(10, total / systems);
    const int hi = std::max(40, avg);
    std::vector<int> counts(systems);
    qint64 sum = 0;
    for (int &c : counts) {
        c = lo + rng.bounded(hi - lo + 1);
        sum += c;
    }
    while (sum != total) {
        int &c = counts[rng.bounded(systems)];
        if (sum < total && c < hi) {
            ++c;
            ++sum;
        } else if (sum > total && c > lo) {
            --c;
            --sum;
        }
    }

    qint64 id = 0;
    QList<int> used;
    for (int s = 0; s < systems; ++s) {
        QByteArray sys;
        QByteArray code = "SYS-";
        appendPadded(code, s + 1, 5);
        const bool ja = rng.bounded(100) < 55;
        QByteArray name = ja ? QByteArray(kJaSystems[rng.bounded(int(std::size(kJaSystems)))])
                             : QByteArray(kEnSystems[rng.bounded(int(std::size(kEnSystems)))]);
        name += ' ';
        appendPadded(name, 1 + (s % 97), 2);
        const int crit = 1 + weighted(std::array<int, 4>{10, 25, 40, 25}, rng);
        const char *env = kEnvironments[weighted(std::array<int, 3>{60, 20, 20}, rng)];
        const char *exposure = kExposures[weighted(std::array<int, 3>{10, 75, 15}, rng)];
        const char *life = kLifecycles[weighted(std::array<int, 4>{92, 3, 4, 1}, rng)];
        appendCsv(sys, code);
        sys += ',';
        appendCsv(sys, name);
        sys += ',';
        appendCsv(sys, kOwners[rng.bounded(int(std::size(kOwners)))]);
        sys += ',';
        appendInt(sys, crit);
        sys += ',';
        sys += env;
        sys += ',';
        sys += exposure;
        sys += ',';
        sys += life;
        sys += ',';

        // The OS first (with its hardware for an appliance), then the rest of the stack.
        used.clear();
        const int n = counts[s];
        // Taken: the product, or another of the same kind and name (two vendors' "License
        // Server"), which the inventory would read as the same component.
        const auto taken = [&](int i) {
            const Product &p = m_products.at(i);
            return std::any_of(used.cbegin(), used.cend(), [&](int u) {
                const Product &q = m_products.at(u);
                return u == i || (q.kind == p.kind && q.displayProduct == p.displayProduct);
            });
        };
        const auto pick = [&](const QList<int> &pool, const std::vector<double> &cdf) {
            for (int attempt = 0; attempt < 50; ++attempt) {
                const int i = pool.at(drawCdf(cdf, rng));
                if (!taken(i))
                    return i;
            }
            for (int i : pool) { // a crowded system: the first product not yet there
                if (!taken(i))
                    return i;
            }
            return pool.at(0);
        };
        while (used.size() < n) {
            int i;
            if (used.isEmpty()) {
                i = pick(m_osPool, m_osCdf);
            } else if (used.size() == 1 && m_products.at(used.at(0)).companion >= 0) {
                i = m_products.at(used.at(0)).companion;
            } else {
                i = pick(m_otherPool, m_otherCdf);
            }
            used << i;
            ++m_componentsOf[i];
            const Product &p = m_products.at(i);
            const Family &f = p.families.at(rng.bounded(int(p.families.size())));
            const QByteArray version = p.hardware() ? QByteArray()
                                                    : f.version(f.lo + rng.bounded(f.hi - f.lo + 1));
            QByteArray cpe;
            if (p.hardware() || rng.bounded(100) >= 15) {
                cpe = criteria(p.part, p.vendor, p.product, version.isEmpty() ? "-" : version);
                ++r.componentsWithCpe;
            }
            const bool eol = !p.eolId.isEmpty() && !f.cycle.isEmpty() && rng.bounded(100) < 92;
            if (eol)
                ++r.componentsWithEol;
            const int instances = 1 + int(std::pow(rng.generateDouble(), 3) * 40);

            out += sys;
            out += p.kind;
            out += ',';
            appendCsv(out, p.displayVendor);
            out += ',';
            appendCsv(out, p.displayProduct);
            out += ',';
            appendCsv(out, version);
            out += ',';
            appendCsv(out, cpe);
            out += ',';
            if (eol) {
                out += p.eolId;
                out += ',';
                appendCsv(out, f.cycle);
            } else {
                out += ',';
            }
            out += ',';
            appendInt(out, instances);
            out += '\n';

            appendInt(bout, ++id);
            bout += ',';
            bout += code;
            bout += ',';
            bout += p.kind;
            bout += ',';
            appendCsv(bout, p.displayVendor);
            bout += ',';
            appendCsv(bout, p.displayProduct);
            bout += ',';
            appendCsv(bout, version);
            bout += ',';
            appendCsv(bout, cpe);
            bout += '\n';
        }
        if (out.size() > (1 << 20)) {
            if (Status st = writeFile(inv, out); !st.ok())
                return st;
            if (Status st = writeFile(base, bout); !st.ok())
                return st;
            out.clear();
            bout.clear();
        }
    }
    if (Status st = writeFile(inv, out); !st.ok())
        return st;
    if (Status st = writeFile(base, bout); !st.ok())
        return st;
    r.systems = systems;
    r.components = int(id);
    return {};
}

// ---------------------------------------------------------------------------------------------
// endoflife.date

Status Generator::writeEndOfLife(const QString &dir, EstateGenReport &r)
{
    // Cycles per id: the union of the families of every product with that id.
    QHash<QByteArray, QList<std::pair<QByteArray, QByteArray>>> cycles; // id -> (cycle, latest)
    for (const Product &p : std::as_const(m_products)) {
        if (p.eolId.isEmpty())
            continue;
        auto &list = cycles[p.eolId];
        for (const Family &f : p.families) {
            if (f.cycle.isEmpty())
                continue;
            const QByteArray latest = f.version(f.hi);
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const auto &c) { return c.first == f.cycle; });
            if (it == list.end())
                list.append({f.cycle, latest});
            else if (cycleLess(it->second, latest))
                it->second = latest;
        }
    }
    for (int k = 0; k < m_eolIds.size(); ++k) {
        const QByteArray &id = m_eolIds.at(k);
        QRandomGenerator rng = rngFor(3, quint32(k));
        auto list = cycles.value(id);
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return cycleLess(b.first, a.first); });
        // Older cycles the estate no longer runs, so that every product has 3 to 30.
        const int want = std::max<int>(3, int(list.size()) + rng.bounded(4));
        for (int extra = 1; list.size() < std::min(want, 30); ++extra) {
            const QByteArray oldest = list.isEmpty() ? QByteArray("5") : list.constLast().first;
            bool ok = false;
            const int major = oldest.left(oldest.indexOf('.') < 0 ? oldest.size()
                                                                  : oldest.indexOf('.'))
                                  .toInt(&ok);
            QByteArray cycle = ok && major > 1 ? QByteArray::number(major - 1)
                                               : QByteArray("0.") + QByteArray::number(10 - extra);
            if (std::any_of(list.cbegin(), list.cend(),
                            [&](const auto &c) { return c.first == cycle; }))
                cycle += QByteArray(".legacy") + QByteArray::number(extra);
            list.append({cycle, cycle + ".9"});
        }
        const bool extended = rng.bounded(100) < 30;
        QByteArray j = "[";
        QDate release(2023 + rng.bounded(3), 1 + rng.bounded(12), 1 + rng.bounded(28));
        for (int c = 0; c < list.size(); ++c) {
            const auto &[cycle, latest] = list.at(c);
            if (c > 0)
                release = release.addDays(-(200 + rng.bounded(900)));
            const QDate eol = release.addDays(365 * (2 + rng.bounded(8)) + rng.bounded(300));
            const QDate support = release.addDays(365 * (1 + rng.bounded(3)));
            j += c ? ",\n" : "\n";
            j += "{\"cycle\":";
            appendJsonString(j, cycle);
            j += ",\"releaseDate\":\"";
            appendDate(j, release);
            j += "\",\"eol\":";
            if (c == 0 && rng.bounded(4) == 0) {
                j += "false";
            } else if (c > 3 && rng.bounded(5) == 0) {
                j += "true";
            } else {
                j += '"';
                appendDate(j, eol);
                j += '"';
            }
            j += ",\"support\":";
            if (rng.bounded(10) == 0) {
                j += support < kHorizon ? "false" : "true";
            } else {
                j += '"';
                appendDate(j, support);
                j += '"';
            }
            if (extended) {
                j += ",\"extendedSupport\":";
                if (rng.bounded(5) == 0) {
                    j += "false";
                } else {
                    j += '"';
                    appendDate(j, eol.addDays(365 * (2 + rng.bounded(3))));
                    j += '"';
                }
            }
            j += ",\"lts\":";
            j += rng.bounded(5) == 0 ? "true" : "false";
            j += ",\"latest\":";
            appendJsonString(j, latest);
            j += ",\"latestReleaseDate\":\"";
            appendDate(j, std::min(kHorizon, release.addDays(30 + rng.bounded(1500))));
            j += "\"}";
            ++r.eolCycles;
        }
        j += "\n]\n";
        QFile f(dir + QStringLiteral("/endoflife/") + QString::fromLatin1(id) + QStringLiteral(".json"));
        if (Status s = openFile(f); !s.ok())
            return s;
        if (Status s = writeFile(f, j); !s.ok())
            return s;
        r.files << GeneratedFile{QStringLiteral("endoflife/") + QString::fromLatin1(id)
                                     + QStringLiteral(".json"),
                                 j.size(), 0};
    }
    r.eolProducts = int(m_eolIds.size());
    return {};
}

// ---------------------------------------------------------------------------------------------
// NVD and KEV

void Generator::prepareFeed()
{
    // Estate products a CVE may name: those the inventory runs, the common ones more often.
    for (int i = 0; i < m_products.size(); ++i) {
        if (m_componentsOf.at(i) == 0 || m_products.at(i).hardware())
            continue;
        m_cveProducts << i;
        const double w = std::pow(double(m_componentsOf.at(i)), 0.35);
        m_cveProductCdf.push_back((m_cveProductCdf.empty() ? 0 : m_cveProductCdf.back()) + w);
    }
    // CVEs per year: the real shape, scaled to the total (largest remainder).
    const int n = m_o.cves;
    double sum = 0;
    for (int w : kYearWeights)
        sum += w;
    std::vector<int> per(kYearWeights.size());
    std::vector<std::pair<double, int>> rem;
    int given = 0;
    for (std::size_t y = 0; y < kYearWeights.size(); ++y) {
        const double exact = n * kYearWeights[y] / sum;
        per[y] = int(exact);
        given += per[y];
        rem.push_back({exact - per[y], int(y)});
    }
    std::sort(rem.begin(), rem.end(), std::greater<>());
    for (int k = 0; given < n; ++k, ++given)
        ++per[rem[k % rem.size()].second];
    m_yearStart.push_back(0);
    for (int c : per)
        m_yearStart.push_back(m_yearStart.back() + c);

    // KEV: mostly CVEs about estate products, from 2010 on, added from November 2021.
    const int kev = std::min(m_o.kev, n);
    QRandomGenerator rng = rngFor(4, 0);
    int estate = 0;
    for (qint64 attempt = 0; m_kev.size() < kev && attempt < qint64(kev) * 2000; ++attempt) {
        const int i = rng.bounded(n);
        if (m_kev.contains(i))
            continue;
        QRandomGenerator cr = rngFor(5, quint32(i));
        const CvePlan p = plan(i, cr);
        if (p.awaiting || (p.year < 2010 && rng.bounded(10) != 0))
            continue;
        const bool wantEstate = estate < kev * 7 / 10;
        if (p.estate != wantEstate && attempt < qint64(kev) * 1000)
            continue;
        KevInfo k;
        // Older CVEs: about a quarter in the initial load of November 2021, the rest added
        // since (as in the real catalog); newer ones within a year of publication.
        k.added = std::max(kKevStart, p.published.addDays(rng.bounded(400)));
        if (k.added == kKevStart && rng.bounded(4) != 0)
            k.added = kKevStart.addDays(1 + rng.bounded(int(kKevStart.daysTo(kHorizon))));
        if (k.added > kHorizon) {
            const QDate from = std::max(kKevStart, p.published);
            k.added = from.addDays(rng.bounded(int(std::max<qint64>(1, from.daysTo(kHorizon)))));
        }
        if (k.added == kKevStart)
            k.due = p.year < 2021 ? QDate(2022, 5, 3) : QDate(2021, 11, 17);
        else
            k.due = k.added.addDays(rng.bounded(10) == 0 ? 7 : 21);
        k.ransomware = rng.bounded(100) < 20;
        QByteArray vendor;
        QByteArray product;
        if (p.estate) {
            vendor = m_products.at(p.product).displayVendor;
            product = m_products.at(p.product).displayProduct;
        } else {
            char part;
            feedOnlyName(p.product, part, vendor, product);
            vendor = titleCase(vendor);
            product = titleCase(product);
        }
        k.name = vendor + ' ' + product + ' ' + kVulnTypes[p.vulnType].title + " Vulnerability";
        m_kev.insert(i, k);
        if (p.estate)
            ++estate;
    }
}

CvePlan Generator::plan(int index, QRandomGenerator &rng) const
{
    CvePlan p;
    const auto it = std::upper_bound(m_yearStart.begin(), m_yearStart.end(), index);
    const int y = int(it - m_yearStart.begin()) - 1;
    p.year = kFirstYear + y;
    p.number = 1 + 2 * (index - m_yearStart[y]) + int(rng.bounded(2));
    const int days = p.year == 2025 ? 300 : QDate(p.year, 1, 1).daysInYear();
    p.published = QDate(p.year, 1, 1).addDays(rng.bounded(days));
    p.secondOfDay = rng.bounded(86400);
    p.millis = rng.bounded(1000);
    p.awaiting = rng.bounded(100) < (p.year == 2025 ? 25 : p.year == 2024 ? 6 : 1);
    p.estate = !p.awaiting && rng.bounded(100) < 20 && !m_cveProducts.isEmpty();
    p.product = p.estate ? m_cveProducts.at(drawCdf(m_cveProductCdf, rng))
                         : rng.bounded(m_o.feedOnlyProducts);
    p.vulnType = rng.bounded(int(std::size(kVulnTypes)));
    return p;
}

QByteArray Generator::cveId(const CvePlan &p) const
{
    QByteArray id = "CVE-";
    appendInt(id, p.year);
    id += '-';
    appendPadded(id, p.number, 4);
    return id;
}

QByteArray Generator::criteria(char part, const QByteArray &vendor, const QByteArray &product,
                               const QByteArray &version) const
{
    QByteArray c = "cpe:2.3:";
    c += part;
    c += ':';
    c += vendor;
    c += ':';
    c += product;
    c += ':';
    c += version;
    c += ":*:*:*:*:*:*:*";
    return c;
}

void Generator::estateMatches(const Product &p, int count, QRandomGenerator &rng,
                              QList<CpeMatchOut> &out) const
{
    for (int k = 0; k < count; ++k) {
        const Family &f = p.families.at(rng.bounded(int(p.families.size())));
        CpeMatchOut m;
        const int roll = rng.bounded(100);
        if (roll < 1) { // every version
            m.criteria = criteria(p.part, p.vendor, p.product, "*");
        } else if (f.placeholder == 0) {
            if (roll < 60) {
                m.criteria = criteria(p.part, p.vendor, p.product, f.version(0));
            } else {
                m.criteria = criteria(p.part, p.vendor, p.product, "*");
                m.endIncluding = f.version(0);
            }
        } else {
            const int end = f.lo + rng.bounded(f.hi - f.lo + 2); // hi + 1: the whole cycle
            if (roll < 54) {
                m.criteria = criteria(p.part, p.vendor, p.product, "*");
                m.startIncluding = f.version(f.lo);
                m.endExcluding = f.version(end);
            } else if (roll < 62) { // open below: older cycles too
                m.criteria = criteria(p.part, p.vendor, p.product, "*");
                m.endExcluding = f.version(end);
            } else if (roll < 72) {
                m.criteria = criteria(p.part, p.vendor, p.product, "*");
                m.startIncluding = f.version(f.lo);
                m.endIncluding = f.version(std::max(f.lo, end - 1));
            } else if (roll < 76) {
                m.criteria = criteria(p.part, p.vendor, p.product, "*");
                m.startExcluding = f.version(f.lo);
                m.endExcluding = f.version(end);
            } else {
                m.criteria = criteria(p.part, p.vendor, p.product,
                                      f.version(f.lo + rng.bounded(f.hi - f.lo + 1)));
            }
        }
        out << m;
    }
}

void Generator::feedOnlyName(int index, char &part, QByteArray &vendor, QByteArray &product) const
{
    const quint64 hv = splitmix(quint64(m_o.seed) << 32 ^ quint64(index / 3) ^ 0xfeedULL);
    const quint64 hp = splitmix(hv ^ quint64(index));
    vendor = syllableName(kFeedSyllables, int(std::size(kFeedSyllables)), hv, 2 + int(hv >> 62) % 2);
    const char *suffix = kVendorSuffixes[(hv >> 40) % std::size(kVendorSuffixes)];
    if (*suffix)
        vendor += QByteArray("_") + suffix;
    product = syllableName(kFeedSyllables, int(std::size(kFeedSyllables)), hp, 2);
    product += '_';
    product += kProductNouns[(hp >> 32) % std::size(kProductNouns)];
    const int kind = int((hp >> 48) % 20);
    part = kind == 0 ? 'h' : kind < 3 ? 'o' : 'a';
}

void Generator::feedOnlyMatches(int index, int count, QRandomGenerator &rng,
                                QList<CpeMatchOut> &out) const
{
    char part;
    QByteArray vendor;
    QByteArray product;
    feedOnlyName(index, part, vendor, product);
    const quint64 h = splitmix(quint64(index) * 31 + 7);
    const int major0 = 1 + int(h % 15);
    for (int k = 0; k < count; ++k) {
        const int major = major0 + rng.bounded(3);
        const QByteArray cyc = QByteArray::number(major) + '.' + QByteArray::number(rng.bounded(12));
        CpeMatchOut m;
        const int roll = rng.bounded(100);
        if (part == 'h') {
            m.criteria = criteria(part, vendor, product, "-");
        } else if (roll < 55) {
            m.criteria = criteria(part, vendor, product, "*");
            m.startIncluding = cyc + ".0";
            m.endExcluding = cyc + '.' + QByteArray::number(1 + rng.bounded(40));
        } else if (roll < 70) {
            m.criteria = criteria(part, vendor, product, "*");
            m.endExcluding = cyc + '.' + QByteArray::number(1 + rng.bounded(40));
        } else if (roll < 78) {
            m.criteria = criteria(part, vendor, product, "*");
            m.endIncluding = cyc + '.' + QByteArray::number(rng.bounded(40));
        } else {
            m.criteria = criteria(part, vendor, product,
                                  cyc + '.' + QByteArray::number(rng.bounded(40)));
        }
        out << m;
    }
}

void Generator::platformMatches(const Product *p, int count, QRandomGenerator &rng,
                                QList<CpeMatchOut> &out) const
{
    for (int k = 0; k < count; ++k) {
        CpeMatchOut m;
        m.vulnerable = false;
        if (k == 0 && p && p->companion >= 0) {
            const Product &hw = m_products.at(p->companion);
            m.criteria = criteria(hw.part, hw.vendor, hw.product, "-");
        } else if (rng.bounded(5) == 0) {
            // A runtime as the platform (Spring4Shell: JDK 9 and later).
            m.criteria = criteria('a', "oracle", "jdk", "*");
            m.startIncluding = "9";
        } else {
            const Product &os = m_products.at(m_osPool.at(drawCdf(m_osCdf, rng)));
            if (os.companion >= 0) {
                const Product &hw = m_products.at(os.companion);
                m.criteria = criteria(hw.part, hw.vendor, hw.product, "-");
            } else {
                m.criteria = criteria(os.part, os.vendor, os.product, "-");
            }
        }
        out << m;
    }
}

void appendMatchJson(QByteArray &j, const CpeMatchOut &m, QRandomGenerator &rng)
{
    j += "{\"vulnerable\":";
    j += m.vulnerable ? "true" : "false";
    j += ",\"criteria\":";
    appendJsonString(j, m.criteria);
    const auto bound = [&](const char *key, const QByteArray &v) {
        if (v.isEmpty())
            return;
        j += ",\"";
        j += key;
        j += "\":";
        appendJsonString(j, v);
    };
    bound("versionStartIncluding", m.startIncluding);
    bound("versionStartExcluding", m.startExcluding);
    bound("versionEndIncluding", m.endIncluding);
    bound("versionEndExcluding", m.endExcluding);
    j += ",\"matchCriteriaId\":\"";
    appendUuid(j, rng);
    j += "\"}";
}

void Generator::writeCve(int index, Chunk &out) const
{
    QRandomGenerator rng = rngFor(5, quint32(index));
    const CvePlan p = plan(index, rng);
    const QByteArray id = cveId(p);
    const Product *estate = p.estate ? &m_products.at(p.product) : nullptr;

    // Configurations: one (sometimes two), each 1-6 criteria; some are AND configurations
    // (vulnerable software running on a platform that is not itself vulnerable).
    struct Config
    {
        bool andOp = false;
        QList<CpeMatchOut> vuln;
        QList<CpeMatchOut> platform;
    };
    QList<Config> configs;
    if (!p.awaiting) {
        const int nConfigs = 1 + weighted(std::array<int, 3>{70, 22, 8}, rng);
        for (int c = 0; c < nConfigs; ++c) {
            Config cfg;
            const int total = 1 + weighted(std::array<int, 6>{22, 20, 18, 16, 13, 11}, rng);
            const bool network = estate && estate->companion >= 0;
            cfg.andOp = total >= 2 && rng.bounded(100) < (network ? 60 : estate ? 15 : 6);
            const int platforms = cfg.andOp ? 1 + (total >= 4 ? rng.bounded(2) : 0) : 0;
            const int vulns = total - platforms;
            if (estate) {
                // Mostly the product itself; now and then another product in the same record.
                const int own = std::max(1, vulns - (rng.bounded(5) == 0 ? 1 : 0));
                estateMatches(*estate, own, rng, cfg.vuln);
                if (own < vulns)
                    feedOnlyMatches(rng.bounded(m_o.feedOnlyProducts), vulns - own, rng, cfg.vuln);
            } else {
                feedOnlyMatches(p.product, vulns, rng, cfg.vuln);
            }
            platformMatches(estate, platforms, rng, cfg.platform);
            configs << cfg;
        }
    }

    // Description, 200-400 characters.
    QByteArray vendorName;
    QByteArray productName;
    if (estate) {
        vendorName = titleCase(estate->vendor);
        productName = estate->displayProduct;
    } else {
        char part;
        feedOnlyName(p.product, part, vendorName, productName);
        vendorName = titleCase(vendorName);
        productName = titleCase(productName);
    }
    const VulnType &vt = kVulnTypes[p.vulnType];
    QByteArray desc = vt.sentence;
    desc += " in ";
    desc += kWhere[rng.bounded(int(std::size(kWhere)))];
    desc += " of ";
    desc += vendorName;
    desc += ' ';
    desc += productName;
    if (!configs.isEmpty()) {
        const CpeMatchOut &m = configs.first().vuln.first();
        if (!m.endExcluding.isEmpty()) {
            desc += m.startIncluding.isEmpty() ? QByteArray(" before ")
                                               : " " + m.startIncluding + " before ";
            desc += m.endExcluding;
        } else if (!m.endIncluding.isEmpty()) {
            desc += " through " + m.endIncluding;
        } else {
            const QList<QByteArray> parts = m.criteria.split(':');
            if (parts.size() > 5 && parts.at(5) != "*" && parts.at(5) != "-")
                desc += ' ' + parts.at(5);
        }
    }
    desc += " allows ";
    desc += kAttacker[rng.bounded(int(std::size(kAttacker)))];
    desc += " to ";
    desc += kImpact[rng.bounded(int(std::size(kImpact)))];
    desc += ' ';
    desc += kVector[rng.bounded(int(std::size(kVector)))];
    desc += '.';
    const int target = 200 + rng.bounded(201);
    for (int guard = 0; desc.size() < target && guard < 6; ++guard) {
        const QByteArray extra = kExtra[rng.bounded(int(std::size(kExtra)))];
        if (desc.contains(extra))
            continue;
        if (desc.size() + 1 + extra.size() > 400 && desc.size() >= 200)
            break;
        desc += ' ' + extra;
    }

    // Metrics: v2 only before 2016, v3.1 and v2 until 2022, v3.1 since; some none.
    const bool hasV31 = !p.awaiting ? (p.year >= 2016 || rng.bounded(100) < 8)
                                    : rng.bounded(2) == 0; // awaiting: a CNA score at most
    const bool hasV2 = !p.awaiting && p.year <= 2022 && rng.bounded(100) < 95;
    const bool cnaOnly = p.awaiting;
    Cvss31 v3{};
    Cvss31Parts s3;
    if (hasV31) {
        static const char av[] = "NALP";
        static const char pr[] = "NLH";
        static const char cia[] = "HLN";
        v3.av = av[weighted(std::array<int, 4>{70, 5, 22, 3}, rng)];
        v3.ac = rng.bounded(100) < 85 ? 'L' : 'H';
        v3.pr = pr[weighted(std::array<int, 3>{55, 35, 10}, rng)];
        v3.ui = rng.bounded(100) < 65 ? 'N' : 'R';
        v3.s = rng.bounded(100) < 85 ? 'U' : 'C';
        v3.c = cia[weighted(std::array<int, 3>{50, 25, 25}, rng)];
        v3.i = cia[weighted(std::array<int, 3>{50, 25, 25}, rng)];
        v3.a = cia[weighted(std::array<int, 3>{50, 25, 25}, rng)];
        if (v3.c == 'N' && v3.i == 'N' && v3.a == 'N')
            v3.a = 'H';
        s3 = cvss31(v3.av, v3.ac, v3.pr, v3.ui, v3.s, v3.c, v3.i, v3.a);
    }
    char v2[6] = {};
    Cvss2Parts s2;
    if (hasV2) {
        static const char av[] = "NAL";
        static const char ac[] = "LMH";
        static const char au[] = "NSM";
        static const char cia[] = "NPC";
        v2[0] = av[weighted(std::array<int, 3>{75, 5, 20}, rng)];
        v2[1] = ac[weighted(std::array<int, 3>{60, 35, 5}, rng)];
        v2[2] = au[weighted(std::array<int, 3>{85, 14, 1}, rng)];
        for (int k = 3; k < 6; ++k)
            v2[k] = cia[weighted(std::array<int, 3>{30, 50, 20}, rng)];
        if (v2[3] == 'N' && v2[4] == 'N' && v2[5] == 'N')
            v2[5] = 'P';
        s2 = cvss2(v2[0], v2[1], v2[2], v2[3], v2[4], v2[5]);
    }

    const QByteArray source = estate ? "security@" + estate->vendor.left(
                                           estate->vendor.indexOf('\\') < 0
                                               ? estate->vendor.size()
                                               : estate->vendor.indexOf('\\')) + ".com"
                                     : QByteArray("cve@mitre.org");
    const QDate modified = std::min(kHorizon, p.published.addDays(rng.bounded(900)));
    const auto timestamp = [&](QByteArray &b, QDate d, int secs, int ms) {
        appendDate(b, d);
        b += 'T';
        appendPadded(b, secs / 3600, 2);
        b += ':';
        appendPadded(b, secs / 60 % 60, 2);
        b += ':';
        appendPadded(b, secs % 60, 2);
        b += '.';
        appendPadded(b, ms, 3);
    };

    QByteArray &j = out.json;
    j += "{\"cve\":{\"id\":\"";
    j += id;
    j += "\",\"sourceIdentifier\":";
    appendJsonString(j, source);
    j += ",\"published\":\"";
    timestamp(j, p.published, p.secondOfDay, p.millis);
    j += "\",\"lastModified\":\"";
    timestamp(j, modified, (p.secondOfDay + 3600) % 86400, (p.millis * 7) % 1000);
    j += "\",\"vulnStatus\":\"";
    j += p.awaiting ? "Awaiting Analysis" : modified > p.published.addDays(60) ? "Modified" : "Analyzed";
    j += '"';
    const auto kev = m_kev.constFind(index);
    if (kev != m_kev.cend()) {
        j += ",\"cisaExploitAdd\":\"";
        appendDate(j, kev->added);
        j += "\",\"cisaActionDue\":\"";
        appendDate(j, kev->due);
        j += "\",\"cisaRequiredAction\":\"Apply mitigations per vendor instructions or "
             "discontinue use of the product if mitigations are unavailable.\","
             "\"cisaVulnerabilityName\":";
        appendJsonString(j, kev->name);
    }
    j += ",\"descriptions\":[{\"lang\":\"en\",\"value\":";
    appendJsonString(j, desc);
    j += "}],\"metrics\":{";
    bool anyMetric = false;
    if (hasV31) {
        anyMetric = true;
        j += "\"cvssMetricV31\":[{\"source\":";
        appendJsonString(j, cnaOnly ? source : QByteArray("nvd@nist.gov"));
        j += cnaOnly ? ",\"type\":\"Secondary\"" : ",\"type\":\"Primary\"";
        j += ",\"cvssData\":{\"version\":\"3.1\",\"vectorString\":\"CVSS:3.1/AV:";
        j += v3.av;
        j += "/AC:";
        j += v3.ac;
        j += "/PR:";
        j += v3.pr;
        j += "/UI:";
        j += v3.ui;
        j += "/S:";
        j += v3.s;
        j += "/C:";
        j += v3.c;
        j += "/I:";
        j += v3.i;
        j += "/A:";
        j += v3.a;
        j += "\",\"baseScore\":";
        appendScore(j, s3.base);
        j += ",\"baseSeverity\":\"";
        j += severity3(s3.base);
        j += "\",\"attackVector\":\"";
        j += v3Word('V', v3.av);
        j += "\",\"attackComplexity\":\"";
        j += v3Word('C', v3.ac);
        j += "\",\"privilegesRequired\":\"";
        j += v3Word('P', v3.pr);
        j += "\",\"userInteraction\":\"";
        j += v3Word('U', v3.ui);
        j += "\",\"scope\":\"";
        j += v3Word('S', v3.s);
        j += "\",\"confidentialityImpact\":\"";
        j += v3Word('I', v3.c);
        j += "\",\"integrityImpact\":\"";
        j += v3Word('I', v3.i);
        j += "\",\"availabilityImpact\":\"";
        j += v3Word('I', v3.a);
        j += "\"},\"exploitabilityScore\":";
        appendScore(j, s3.exploitability);
        j += ",\"impactScore\":";
        appendScore(j, s3.impact);
        j += "}]";
    }
    if (hasV2) {
        static const auto word2 = [](char k, char v) -> const char * {
            switch (k) {
            case 'V': return v == 'N' ? "NETWORK" : v == 'A' ? "ADJACENT_NETWORK" : "LOCAL";
            case 'C': return v == 'L' ? "LOW" : v == 'M' ? "MEDIUM" : "HIGH";
            case 'U': return v == 'N' ? "NONE" : v == 'S' ? "SINGLE" : "MULTIPLE";
            default: return v == 'N' ? "NONE" : v == 'P' ? "PARTIAL" : "COMPLETE";
            }
        };
        if (anyMetric)
            j += ',';
        anyMetric = true;
        j += "\"cvssMetricV2\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\","
             "\"cvssData\":{\"version\":\"2.0\",\"vectorString\":\"AV:";
        j += v2[0];
        j += "/AC:";
        j += v2[1];
        j += "/Au:";
        j += v2[2];
        j += "/C:";
        j += v2[3];
        j += "/I:";
        j += v2[4];
        j += "/A:";
        j += v2[5];
        j += "\",\"baseScore\":";
        appendScore(j, s2.base);
        j += ",\"accessVector\":\"";
        j += word2('V', v2[0]);
        j += "\",\"accessComplexity\":\"";
        j += word2('C', v2[1]);
        j += "\",\"authentication\":\"";
        j += word2('U', v2[2]);
        j += "\",\"confidentialityImpact\":\"";
        j += word2('I', v2[3]);
        j += "\",\"integrityImpact\":\"";
        j += word2('I', v2[4]);
        j += "\",\"availabilityImpact\":\"";
        j += word2('I', v2[5]);
        j += "\"},\"baseSeverity\":\"";
        j += severity2(s2.base);
        j += "\",\"exploitabilityScore\":";
        appendScore(j, s2.exploitability);
        j += ",\"impactScore\":";
        appendScore(j, s2.impact);
        j += ",\"acInsufInfo\":false,\"obtainAllPrivilege\":false,\"obtainUserPrivilege\":false,"
             "\"obtainOtherPrivilege\":false,\"userInteractionRequired\":";
        j += v2[1] == 'M' ? "true" : "false";
        j += '}';
        j += ']';
    }
    j += '}';
    if (!p.awaiting) {
        j += ",\"weaknesses\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\",\"description\":"
             "[{\"lang\":\"en\",\"value\":\"";
        j += vt.cwe;
        j += "\"}]}]";
    }
    if (!configs.isEmpty()) {
        j += ",\"configurations\":[";
        for (int c = 0; c < configs.size(); ++c) {
            const Config &cfg = configs.at(c);
            if (c)
                j += ',';
            j += cfg.andOp ? "{\"operator\":\"AND\",\"nodes\":[" : "{\"nodes\":[";
            const auto node = [&](const QList<CpeMatchOut> &list) {
                j += "{\"operator\":\"OR\",\"negate\":false,\"cpeMatch\":[";
                for (int m = 0; m < list.size(); ++m) {
                    if (m)
                        j += ',';
                    appendMatchJson(j, list.at(m), rng);
                }
                j += "]}";
            };
            node(cfg.vuln);
            if (cfg.andOp) {
                j += ',';
                node(cfg.platform);
            }
            j += "]}";
        }
        j += ']';
    }
    j += ",\"references\":[";
    const int refs = 1 + rng.bounded(4);
    for (int k = 0; k < refs; ++k) {
        if (k)
            j += ',';
        j += "{\"url\":\"";
        switch (k) {
        case 0:
            j += "https://www.";
            j += estate ? estate->vendor.left(estate->vendor.indexOf('\\') < 0
                                                  ? estate->vendor.size()
                                                  : estate->vendor.indexOf('\\'))
                        : QByteArray("example");
            j += ".com/security/advisories/";
            j += id;
            break;
        case 1:
            j += "https://github.com/advisories/GHSA-";
            appendInt(j, 1000 + rng.bounded(9000));
            j += "-x";
            appendInt(j, rng.bounded(1000));
            break;
        default:
            j += "https://seclists.org/fulldisclosure/";
            appendInt(j, p.year);
            j += "/item/";
            appendInt(j, rng.bounded(100000));
        }
        j += "\",\"source\":";
        appendJsonString(j, source);
        j += ",\"tags\":[\"";
        j += kRefTags[rng.bounded(int(std::size(kRefTags)))];
        j += "\"]}";
    }
    j += "]}}";

    // Baselines.
    QByteArray &cv = out.cves;
    cv += id;
    cv += ',';
    timestamp(cv, p.published, p.secondOfDay, p.millis);
    cv += ',';
    if (hasV31 || hasV2) {
        const double score = hasV31 ? s3.base : s2.base;
        appendScore(cv, score);
        cv += ',';
        cv += hasV31 ? severity3(score) : severity2(score);
    } else {
        cv += ',';
    }
    cv += ',';
    appendCsv(cv, desc);
    cv += '\n';
    for (const Config &cfg : std::as_const(configs)) {
        for (const QList<CpeMatchOut> *list : {&cfg.vuln, &cfg.platform}) {
            for (const CpeMatchOut &m : *list) {
                QByteArray &mc = out.matches;
                mc += id;
                mc += ',';
                appendCsv(mc, m.criteria);
                mc += ',';
                mc += m.startIncluding;
                mc += ',';
                mc += m.startExcluding;
                mc += ',';
                mc += m.endIncluding;
                mc += ',';
                mc += m.endExcluding;
                mc += m.vulnerable ? ",true\n" : ",false\n";
                ++out.cpeMatches;
            }
        }
    }
    if (estate)
        ++out.estate;
}

Chunk Generator::makeChunk(int file) const
{
    Chunk c;
    const int first = file * m_o.cvesPerFile;
    const int last = std::min(m_o.cves, first + m_o.cvesPerFile);
    c.json.reserve(qsizetype(last - first) * 2600);
    c.json = "{\"resultsPerPage\":";
    appendInt(c.json, last - first);
    c.json += ",\"startIndex\":";
    appendInt(c.json, first);
    c.json += ",\"totalResults\":";
    appendInt(c.json, m_o.cves);
    c.json += ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"";
    appendDate(c.json, kHorizon);
    c.json += "T12:00:00.000\",\"vulnerabilities\":[";
    for (int i = first; i < last; ++i) {
        c.json += i == first ? "\n" : ",\n";
        writeCve(i, c);
    }
    c.json += "\n]}\n";
    return c;
}

Status Generator::writeNvd(const QString &dir, EstateGenReport &r)
{
    const int files = (m_o.cves + m_o.cvesPerFile - 1) / m_o.cvesPerFile;
    const int width = std::max(3, int(QByteArray::number(std::max(files - 1, 0)).size()));
    QFile cves(dir + QStringLiteral("/baseline/cves.csv"));
    QFile matches(dir + QStringLiteral("/baseline/cpe_matches.csv"));
    if (Status s = openFile(cves); !s.ok())
        return s;
    if (Status s = openFile(matches); !s.ok())
        return s;
    if (Status s = writeFile(cves, "id,published,cvss,severity,description\n"); !s.ok())
        return s;
    if (Status s = writeFile(matches, "cve_id,criteria,version_start_including,"
                                      "version_start_excluding,version_end_including,"
                                      "version_end_excluding,vulnerable\n");
        !s.ok())
        return s;

    // Workers make pages ahead of the writer (at most 2 per worker), the writer writes them in
    // order: the bytes do not depend on the number of workers.
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::optional<Chunk>> done(files);
    int next = 0;
    int written = 0;
    bool stop = false;
    const int workers = std::max(1, m_o.threads);
    std::vector<std::thread> pool;
    for (int w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            for (;;) {
                int f;
                {
                    std::unique_lock lock(mutex);
                    cv.wait(lock, [&] { return stop || next >= files || next - written < 2 * workers; });
                    if (stop || next >= files)
                        return;
                    f = next++;
                }
                Chunk c = makeChunk(f);
                {
                    std::lock_guard lock(mutex);
                    done[f] = std::move(c);
                }
                cv.notify_all();
            }
        });
    }
    Status result;
    for (int f = 0; f < files; ++f) {
        Chunk c;
        {
            std::unique_lock lock(mutex);
            cv.wait(lock, [&] { return done[f].has_value(); });
            c = std::move(*done[f]);
            done[f].reset();
        }
        QByteArray name = "nvd/nvdcve-";
        appendPadded(name, f, width);
        name += ".json";
        QFile out(dir + QLatin1Char('/') + QString::fromLatin1(name));
        Status s = openFile(out);
        if (s.ok())
            s = writeFile(out, c.json);
        if (s.ok())
            s = writeFile(cves, c.cves);
        if (s.ok())
            s = writeFile(matches, c.matches);
        r.files << GeneratedFile{QString::fromLatin1(name), c.json.size(), 0};
        r.cpeMatches += c.cpeMatches;
        r.cvesHittingEstate += c.estate;
        {
            std::lock_guard lock(mutex);
            written = f + 1;
            if (!s.ok())
                stop = true;
        }
        cv.notify_all();
        if (!s.ok()) {
            result = s;
            break;
        }
    }
    for (std::thread &t : pool)
        t.join();
    r.cves = m_o.cves;
    return result;
}

Status Generator::writeKev(const QString &dir, EstateGenReport &r)
{
    QList<int> order = m_kev.keys();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const KevInfo &x = m_kev[a];
        const KevInfo &y = m_kev[b];
        return x.added != y.added ? x.added > y.added : a > b;
    });
    const QDate released = kHorizon;
    QByteArray j = "{\"title\":\"CISA Catalog of Known Exploited Vulnerabilities\","
                   "\"catalogVersion\":\"";
    j += released.toString(QStringLiteral("yyyy.MM.dd")).toLatin1();
    j += "\",\"dateReleased\":\"";
    appendDate(j, released);
    j += "T17:04:19.9796Z\",\"count\":";
    appendInt(j, order.size());
    j += ",\"vulnerabilities\":[";
    for (int k = 0; k < order.size(); ++k) {
        const int i = order.at(k);
        const KevInfo &info = m_kev[i];
        QRandomGenerator cr = rngFor(5, quint32(i));
        const CvePlan p = plan(i, cr);
        QByteArray vendor;
        QByteArray product;
        if (p.estate) {
            vendor = m_products.at(p.product).displayVendor;
            product = m_products.at(p.product).displayProduct;
        } else {
            char part;
            feedOnlyName(p.product, part, vendor, product);
            vendor = titleCase(vendor);
            product = titleCase(product);
        }
        const QByteArray id = cveId(p);
        j += k ? ",\n" : "\n";
        j += "{\"cveID\":\"";
        j += id;
        j += "\",\"vendorProject\":";
        appendJsonString(j, vendor);
        j += ",\"product\":";
        appendJsonString(j, product);
        j += ",\"vulnerabilityName\":";
        appendJsonString(j, info.name);
        j += ",\"dateAdded\":\"";
        appendDate(j, info.added);
        j += "\",\"shortDescription\":";
        appendJsonString(j, vendor + ' ' + product + " contains a "
                                + QByteArray(kVulnTypes[p.vulnType].title).toLower()
                                + " vulnerability that could allow an attacker to take control "
                                  "of an affected system.");
        j += ",\"requiredAction\":\"Apply mitigations per vendor instructions or discontinue use "
             "of the product if mitigations are unavailable.\",\"dueDate\":\"";
        appendDate(j, info.due);
        j += "\",\"knownRansomwareCampaignUse\":\"";
        j += info.ransomware ? "Known" : "Unknown";
        j += "\",\"notes\":\"https://nvd.nist.gov/vuln/detail/";
        j += id;
        j += "\",\"cwes\":[\"";
        j += kVulnTypes[p.vulnType].cwe;
        j += "\"]}";
    }
    j += "\n]}\n";
    QFile f(dir + QStringLiteral("/kev.json"));
    if (Status s = openFile(f); !s.ok())
        return s;
    if (Status s = writeFile(f, j); !s.ok())
        return s;
    r.kev = int(order.size());
    r.files << GeneratedFile{QStringLiteral("kev.json"), j.size(), 0};
    return {};
}

} // namespace

double cvss31BaseScore(char av, char ac, char pr, char ui, char scope, char c, char i, char a)
{
    return cvss31(av, ac, pr, ui, scope, c, i, a).base;
}

double cvss2BaseScore(char av, char ac, char au, char c, char i, char a)
{
    return cvss2(av, ac, au, c, i, a).base;
}

Result<EstateGenReport> generateEstate(const QString &outDir, const EstateGenOptions &options,
                                       const std::function<void(const QString &)> &log)
{
    EstateGenOptions o = options;
    if (o.systems < 1 || o.components < o.systems || o.cves < 0 || o.kev < 0 || o.eolProducts < 0
        || o.cvesPerFile < 1) {
        return Error{ErrorKind::Usage,
                     QStringLiteral("Need at least one system, at least one component per "
                                    "system, and no negative counts.")};
    }
    QDir root(outDir);
    for (const char *sub : {"nvd", "endoflife", "baseline"}) {
        if (!root.mkpath(QLatin1String(sub)))
            return Error{ErrorKind::Failed,
                         QStringLiteral("Cannot create %1/%2.").arg(outDir, QLatin1String(sub))};
    }
    const auto say = [&](const QString &s) {
        if (log)
            log(s);
    };
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    EstateGenReport r;
    Generator g(o);
    g.buildCatalog();
    g.chooseEol();

    const auto sizeOf = [&](const QString &rel) { return QFileInfo(root.filePath(rel)).size(); };
    if (Status s = g.writeInventory(root.absolutePath(), r); !s.ok())
        return s.error();
    const qint64 invMs = step.restart();
    r.files << GeneratedFile{QStringLiteral("inventory.csv"), sizeOf(QStringLiteral("inventory.csv")), invMs};
    r.files << GeneratedFile{QStringLiteral("baseline/components.csv"),
                             sizeOf(QStringLiteral("baseline/components.csv")), invMs};
    say(QStringLiteral("inventory: %1 systems, %2 components in %3 ms")
            .arg(r.systems).arg(r.components).arg(invMs));

    if (Status s = g.writeEndOfLife(root.absolutePath(), r); !s.ok())
        return s.error();
    say(QStringLiteral("endoflife: %1 products, %2 cycles in %3 ms")
            .arg(r.eolProducts).arg(r.eolCycles).arg(step.restart()));

    g.prepareFeed();
    if (Status s = g.writeKev(root.absolutePath(), r); !s.ok())
        return s.error();
    say(QStringLiteral("kev: %1 entries in %2 ms").arg(r.kev).arg(step.restart()));

    if (Status s = g.writeNvd(root.absolutePath(), r); !s.ok())
        return s.error();
    const qint64 nvdMs = step.restart();
    r.files << GeneratedFile{QStringLiteral("baseline/cves.csv"),
                             sizeOf(QStringLiteral("baseline/cves.csv")), nvdMs};
    r.files << GeneratedFile{QStringLiteral("baseline/cpe_matches.csv"),
                             sizeOf(QStringLiteral("baseline/cpe_matches.csv")), nvdMs};
    say(QStringLiteral("nvd: %1 CVEs (%2 naming estate products), %3 criteria in %4 ms")
            .arg(r.cves).arg(r.cvesHittingEstate).arg(r.cpeMatches).arg(nvdMs));

    // The manifest.
    QByteArray m = "{\"seed\":";
    appendInt(m, o.seed);
    m += ",\"systems\":";
    appendInt(m, r.systems);
    m += ",\"components\":";
    appendInt(m, r.components);
    m += ",\"cves\":";
    appendInt(m, r.cves);
    m += ",\"cpe_matches\":";
    appendInt(m, r.cpeMatches);
    m += ",\"kev\":";
    appendInt(m, r.kev);
    m += ",\"eol_products\":";
    appendInt(m, r.eolProducts);
    m += ",\"components_with_cpe\":";
    appendInt(m, r.componentsWithCpe);
    m += ",\"components_with_eol\":";
    appendInt(m, r.componentsWithEol);
    m += ",\"cves_naming_estate_products\":";
    appendInt(m, r.cvesHittingEstate);
    m += ",\"eol_cycles\":";
    appendInt(m, r.eolCycles);
    m += ",\"files\":{";
    std::sort(r.files.begin(), r.files.end(),
              [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    for (int k = 0; k < r.files.size(); ++k) {
        if (k)
            m += ',';
        m += "\n";
        appendJsonString(m, r.files.at(k).path.toUtf8());
        m += ':';
        appendInt(m, r.files.at(k).bytes);
        r.totalBytes += r.files.at(k).bytes;
    }
    m += "\n}}\n";
    QFile mf(root.filePath(QStringLiteral("manifest.json")));
    if (Status s = openFile(mf); !s.ok())
        return s.error();
    if (Status s = writeFile(mf, m); !s.ok())
        return s.error();
    r.files << GeneratedFile{QStringLiteral("manifest.json"), m.size(), 0};
    r.totalBytes += m.size();
    r.ms = total.elapsed();
    return r;
}

} // namespace pp::bench
