"""Demo course: a shared calendar, task assignment and reporting in a Party office (plain data)."""

COURSE = {
    "slug": "lich-so-giao-viec-so-bao-cao-so",
    "title": "Lịch số, giao việc số, báo cáo số",
    "topic": "Chuyển đổi số trong văn phòng",
    "level": "basic",
    "summary": (
        "Khóa học giúp văn phòng cấp ủy chuyển ba việc hằng ngày lên môi trường số: lịch công tác "
        "điện tử dùng chung; giao việc trên hệ thống với một đơn vị chủ trì, đơn vị phối hợp và "
        "hạn rõ ràng; theo dõi, đôn đốc và cảnh báo quá hạn; biểu mẫu điện tử và cơ sở dữ liệu "
        "dùng chung theo nguyên tắc “một lần nhập – dùng nhiều lần”; bảng số liệu một trang cho "
        "lãnh đạo; và cách đo thời gian, chất lượng, chi phí của một quy trình trước và sau khi số "
        "hóa."
    ),
    "objectives": [
        (
            "Đăng và cập nhật lịch công tác trên lịch điện tử dùng chung theo quy ước thống nhất, "
            "không để lộ nội dung nhạy cảm."
        ),
        (
            "Giao một việc trên hệ thống có tên việc, sản phẩm, một đơn vị chủ trì, đơn vị phối "
            "hợp, hạn hoàn thành và căn cứ."
        ),
        (
            "Theo dõi trạng thái công việc, xử lý cảnh báo sắp đến hạn, quá hạn và đề nghị gia hạn "
            "đúng lúc."
        ),
        (
            "Thiết kế biểu mẫu điện tử có kiểm tra dữ liệu, lấy danh mục từ nguồn dùng chung, "
            "không hỏi lại dữ liệu đã có."
        ),
        (
            "Lập bảng số liệu một trang cho lãnh đạo: ít chỉ tiêu, mỗi chỉ tiêu có định nghĩa, "
            "nguồn, thời điểm cập nhật và người chịu trách nhiệm."
        ),
        (
            "Đo thời gian, chất lượng và chi phí của một quy trình trước và sau khi số hóa, trình "
            "bày kết quả trung thực."
        ),
    ],
    "estimated_minutes": 185,
    "issues_certificate": True,
    "lessons": [
        {
            "slug": "lich-cong-tac-dien-tu-dung-chung",
            "title": "Lịch công tác điện tử dùng chung",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Một lịch, một sự thật"),
                (
                    "rich_text",
                    (
                        "<p>Ở nhiều văn phòng cấp ủy, lịch công tác tuần của Thường trực vẫn được "
                        "soạn bằng Word, in ra, dán ở bảng tin và gửi qua nhóm nhắn tin. Đến thứ "
                        "Ba có thay đổi, một bản mới được gửi đi, nhưng trên bảng tin vẫn là bản "
                        "cũ, còn trong điện thoại của mỗi người là một phiên bản khác. Lái xe đến "
                        "đón sai giờ, phòng họp bị hai cuộc họp đặt trùng, chuyên viên chuẩn bị "
                        "tài liệu cho một cuộc họp đã hoãn.</p><p><strong>Lịch công tác điện tử "
                        "dùng chung</strong> giải quyết vấn đề này bằng một nguyên tắc đơn giản: "
                        "chỉ có <strong>một</strong> lịch chính thức, đặt trên hệ thống của cơ "
                        "quan; mọi người xem cùng một lịch đó; mọi thay đổi được sửa ngay trên "
                        "lịch và những người liên quan nhận được thông báo. Lịch in ra hay lịch "
                        "gửi qua tin nhắn, nếu có, chỉ là bản sao tại một thời điểm.</p>"
                    ),
                ),
                ("heading", "Quy ước ghi một sự kiện trên lịch"),
                (
                    "table",
                    {
                        "caption": (
                            "Các thông tin của một sự kiện trên lịch công tác (ví dụ minh họa)"
                        ),
                        "header": ["Thông tin", "Cách ghi", "Ví dụ"],
                        "rows": [
                            [
                                "Tiêu đề",
                                "Việc gì, ai chủ trì",
                                (
                                    "Họp Thường trực nghe báo cáo công tác chuẩn bị hội nghị giữa "
                                    "năm, đồng chí Bí thư chủ trì"
                                ),
                            ],
                            [
                                "Thời gian",
                                "Giờ bắt đầu và dự kiến kết thúc",
                                "8 giờ 00 đến 10 giờ 30, thứ Hai",
                            ],
                            [
                                "Địa điểm",
                                "Phòng họp cụ thể, đã đặt trên hệ thống",
                                "Phòng họp số 2, tầng 3",
                            ],
                            [
                                "Thành phần",
                                "Người dự, đơn vị chuẩn bị",
                                "Thường trực; Chánh Văn phòng; Ban Tổ chức chuẩn bị báo cáo",
                            ],
                            [
                                "Tài liệu",
                                "Liên kết đến văn bản trên hệ thống, không đính kèm tệp rời",
                                "Liên kết đến hồ sơ tài liệu phục vụ cuộc họp",
                            ],
                            [
                                "Người phụ trách",
                                "Người cập nhật sự kiện này",
                                "Đồng chí Hà, Phòng Tổng hợp",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Quy ước ghi tiêu đề thống nhất giúp ai đọc lịch cũng hiểu ngay. Cũng "
                        "nên thống nhất màu hoặc nhãn cho từng loại sự kiện: họp, làm việc với cơ "
                        "sở, tiếp khách, đi công tác. Khi một sự kiện thay đổi, sửa trực tiếp trên "
                        "sự kiện đó và ghi chú ngắn “đổi giờ từ 14 giờ sang 15 giờ”, thay vì xóa "
                        "đi tạo sự kiện mới, để những người đã nhận lời mời không bị mất dấu.</p>"
                    ),
                ),
                ("heading", "Phòng họp, xe, thiết bị: đặt qua lịch, không qua trí nhớ"),
                (
                    "rich_text",
                    (
                        "<p>Phòng họp, xe công, máy chiếu, phòng họp trực tuyến là những nguồn lực "
                        "dùng chung. Khi chúng được quản lý như “người dự” trên lịch, hệ thống sẽ "
                        "báo ngay nếu có hai cuộc họp đặt trùng một phòng. Người đặt chỉ cần nhìn "
                        "lịch của phòng để chọn khung giờ còn trống, không phải gọi điện hỏi văn "
                        "phòng. Việc bố trí cuối cùng vẫn do bộ phận được giao quyết định khi có "
                        "nhiều yêu cầu cùng lúc, nhưng quyết định đó dựa trên một bức tranh đầy "
                        "đủ.</p>"
                    ),
                ),
                ("heading", "Ai được sửa lịch nào?"),
                (
                    "rich_text",
                    (
                        "<p>Lịch dùng chung chỉ đáng tin khi quyền sửa được phân rõ. Thông thường, "
                        "lịch công tác của Thường trực do một bộ phận của văn phòng cập nhật theo "
                        "ý kiến của lãnh đạo; lịch của từng phòng, ban do người được phòng, ban đó "
                        "giao phụ trách; lịch phòng họp và xe do bộ phận hành chính quản lý. Những "
                        "người khác được xem theo phạm vi công việc. Ai phát hiện lịch sai thì báo "
                        "người phụ trách lịch đó sửa, không tự sửa lịch của người khác. Cách phân "
                        "quyền này giống như với danh mục dùng chung: nhiều người cùng dùng, một "
                        "người chịu trách nhiệm.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Đăng một cuộc họp lên lịch dùng chung",
                        "items": [
                            "<p>Mở lịch của phòng họp cần dùng, chọn khung giờ còn trống.</p>",
                            "<p>Tạo sự kiện với tiêu đề theo quy ước: việc gì, ai chủ trì.</p>",
                            (
                                "<p>Thêm thành phần dự, phòng họp và thiết bị cần dùng như những "
                                "“người dự” của sự kiện.</p>"
                            ),
                            (
                                "<p>Gắn liên kết đến tài liệu trên hệ thống quản lý văn bản; không "
                                "đính kèm tệp rời.</p>"
                            ),
                            (
                                "<p>Kiểm tra thông báo trùng lịch, lưu sự kiện và theo dõi phản "
                                "hồi của người được mời.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Lịch của lãnh đạo là thông tin cần bảo vệ",
                        "text": (
                            "<p>Lịch làm việc của lãnh đạo cấp ủy cho biết ai ở đâu, khi nào, gặp "
                            "ai, bàn việc gì. Không đưa lịch công tác nội bộ lên các dịch vụ lịch "
                            "miễn phí trên mạng, không đồng bộ lịch cơ quan vào tài khoản cá nhân "
                            "nếu quy chế không cho phép. Với sự kiện có nội dung nhạy cảm, tiêu đề "
                            "chỉ ghi đủ để người có trách nhiệm hiểu, ví dụ “Làm việc theo Kế "
                            "hoạch số…”, không ghi nội dung chi tiết. Nội dung thuộc bí mật nhà "
                            "nước không đưa lên lịch điện tử.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Lịch tuần là sản phẩm của lịch dùng chung, không phải ngược lại",
                        "text": (
                            "<p>Khi lịch dùng chung đã đầy đủ, lịch công tác tuần để ban hành hoặc "
                            "công bố nội bộ chỉ là một bản in hoặc một bản xuất ra từ đó vào chiều "
                            "thứ Sáu. Không ai phải gõ lại lịch tuần từ đầu; đó chính là “một lần "
                            "nhập – dùng nhiều lần”.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Cuộc họp chiều thứ Ba được dời từ 14 giờ sang 15 giờ. Cách cập nhật "
                            "nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Sửa giờ ngay trên sự kiện, ghi chú ngắn việc đổi giờ để hệ "
                                    "thống báo cho những người liên quan."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Một lịch, sửa một chỗ, mọi người cùng thấy thay đổi."
                                ),
                            },
                            {
                                "text": (
                                    "Xóa sự kiện cũ, tạo sự kiện mới lúc 15 giờ và nhắn vào nhóm "
                                    "Zalo của phòng."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Xóa rồi tạo mới làm người đã nhận lời mời mất dấu; tin nhắn "
                                    "nhóm lại tạo thêm một “phiên bản” lịch."
                                ),
                            },
                            {
                                "text": "Giữ nguyên lịch và gọi điện báo từng người dự.",
                                "correct": False,
                                "feedback": (
                                    "Lịch sẽ sai với thực tế; người xem lịch về sau, như lái xe "
                                    "hay bảo vệ, không biết có thay đổi."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Tú muốn đồng bộ lịch công tác của Thường trực vào ứng dụng "
                            "lịch miễn phí trên điện thoại cá nhân để tiện theo dõi. Nhận xét nào "
                            "đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Nên làm, vì ứng dụng lịch miễn phí rất tiện, có nhắc việc "
                                    "trên điện thoại và hầu như ai trong cơ quan cũng đang dùng."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Tiện lợi không thay được yêu cầu bảo vệ thông tin về hoạt "
                                    "động của lãnh đạo."
                                ),
                            },
                            {
                                "text": (
                                    "Chỉ làm nếu quy chế cơ quan cho phép; lịch của lãnh đạo là "
                                    "thông tin cần bảo vệ."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Lịch cho biết ai ở đâu, khi nào, gặp ai; không đưa lên "
                                    "dịch vụ bên ngoài tùy ý."
                                ),
                            },
                            {
                                "text": "Được, nếu chỉ đồng bộ tiêu đề mà không đồng bộ địa điểm.",
                                "correct": False,
                                "feedback": (
                                    "Tiêu đề thường đã chứa nội dung công việc và người chủ trì; "
                                    "vẫn cần tuân theo quy chế."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "giao-viec-tren-he-thong",
            "title": "Giao việc trên hệ thống: chủ trì, phối hợp, hạn",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Một việc được giao tốt trông như thế nào?"),
                (
                    "rich_text",
                    (
                        "<p>“Giao việc số” không chỉ là chuyển lời giao việc từ cuộc họp sang phần "
                        "mềm. Giá trị của việc giao trên hệ thống nằm ở chỗ mỗi việc trở thành một "
                        "bản ghi có cấu trúc: ai làm, làm ra cái gì, đến khi nào, căn cứ vào đâu. "
                        "Nhờ vậy, người giao theo dõi được tiến độ mà không cần gọi điện hỏi, "
                        "người nhận biết rõ mình phải nộp gì, và cuối tháng có ngay số liệu về "
                        "tình hình thực hiện nhiệm vụ mà không ai phải tổng hợp tay.</p><p>Một "
                        "việc được giao tốt có đủ sáu thành phần: <strong>tên việc</strong> bắt "
                        "đầu bằng động từ và nêu sản phẩm; <strong>một</strong> người hoặc đơn vị "
                        "<strong>chủ trì</strong>; người, đơn vị <strong>phối hợp</strong> và phần "
                        "việc của họ; <strong>hạn hoàn thành</strong> cụ thể; <strong>sản "
                        "phẩm</strong> cần nộp và tiêu chí coi là xong; <strong>căn cứ</strong>, "
                        "tức văn bản, kết luận hay ý kiến chỉ đạo làm phát sinh việc.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Cùng một việc, hai cách giao (ví dụ minh họa)",
                        "header": ["Thành phần", "Giao chưa tốt", "Giao tốt"],
                        "rows": [
                            [
                                "Tên việc",
                                "Hội nghị giữa năm",
                                "Chuẩn bị dự thảo báo cáo trình Hội nghị Ban Chấp hành giữa năm N",
                            ],
                            [
                                "Chủ trì",
                                "Phòng Tổng hợp, Phòng Hành chính",
                                "Phòng Tổng hợp (đồng chí Minh)",
                            ],
                            [
                                "Phối hợp",
                                "Các đơn vị liên quan",
                                (
                                    "Ban Tổ chức cung cấp số liệu công tác tổ chức; Phòng Hành "
                                    "chính – Tài chính lo hậu cần"
                                ),
                            ],
                            [
                                "Hạn",
                                "Sớm",
                                "Trình Chánh Văn phòng trước 17 giờ ngày 20 tháng 6 năm N",
                            ],
                            [
                                "Sản phẩm",
                                "Không nêu",
                                "Dự thảo báo cáo, kèm bảng số liệu có ghi nguồn",
                            ],
                            [
                                "Căn cứ",
                                "Không nêu",
                                (
                                    "Thông báo kết luận của Thường trực, liên kết đến văn bản trên "
                                    "hệ thống"
                                ),
                            ],
                        ],
                    },
                ),
                ("heading", "Chỉ một chủ trì"),
                (
                    "rich_text",
                    (
                        "<p>Khi hai đơn vị cùng “chủ trì”, mỗi đơn vị dễ chờ đơn vị kia bắt đầu, "
                        "và khi việc chậm, không ai thấy mình là người chịu trách nhiệm chính. "
                        "Trên hệ thống, việc có một người chủ trì còn là điều kiện kỹ thuật: cảnh "
                        "báo quá hạn được gửi đến ai, việc được tính vào khối lượng công việc của "
                        "ai. Các đơn vị khác tham gia với vai trò phối hợp, và phần việc của họ "
                        "nên được ghi rõ. Nếu phần việc phối hợp đủ lớn, hãy tách thành "
                        "<strong>việc con</strong> có chủ trì và hạn riêng, gắn với việc chính.</p>"
                    ),
                ),
                ("heading", "Từ kết luận cuộc họp đến danh sách việc"),
                (
                    "rich_text",
                    (
                        "<p>Nguồn phát sinh việc nhiều nhất ở văn phòng cấp ủy là các thông báo "
                        "kết luận của cấp ủy, Thường trực. Mỗi kết luận thường chứa nhiều nhiệm "
                        "vụ. Khi thông báo kết luận được ban hành, chuyên viên theo dõi tách từng "
                        "nhiệm vụ thành một việc trên hệ thống, gắn căn cứ là thông báo đó. Từ "
                        "đây, tiến độ thực hiện kết luận được theo dõi theo từng nhiệm vụ, không "
                        "còn là một dòng “đang triển khai” chung chung trong báo cáo.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Giao một việc trên hệ thống",
                        "items": [
                            (
                                "<p>Viết tên việc bắt đầu bằng động từ và nêu sản phẩm, ví dụ “Xây "
                                "dựng kế hoạch…”, “Tổng hợp báo cáo…”.</p>"
                            ),
                            (
                                "<p>Chọn một người hoặc đơn vị chủ trì; thêm người, đơn vị phối "
                                "hợp và ghi phần việc của họ.</p>"
                            ),
                            (
                                "<p>Đặt hạn hoàn thành cụ thể, chừa thời gian cho các bước duyệt, "
                                "ký sau đó.</p>"
                            ),
                            "<p>Ghi sản phẩm cần nộp và tiêu chí coi là xong.</p>",
                            (
                                "<p>Gắn căn cứ: liên kết đến văn bản, kết luận hay ý kiến chỉ đạo "
                                "trên hệ thống.</p>"
                            ),
                            (
                                "<p>Đọc lại một lượt: người nhận có hiểu phải làm gì, nộp gì, khi "
                                "nào, mà không cần hỏi lại không?</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Việc lớn thì chia nhỏ, nhưng đừng chia vụn",
                        "text": (
                            "<p>Một việc kéo dài nhiều tuần nên chia thành vài việc con có sản "
                            "phẩm trung gian, ví dụ “đề cương”, “dự thảo lần 1”, “dự thảo trình”. "
                            "Nhờ đó chậm trễ được phát hiện sớm. Nhưng chia quá vụn, mỗi việc con "
                            "chỉ vài giờ, sẽ biến hệ thống thành sổ chấm công và tốn thời gian cập "
                            "nhật hơn thời gian làm việc.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Giao việc miệng vẫn cần ghi lên hệ thống",
                        "text": (
                            "<p>Lãnh đạo vẫn giao việc trực tiếp trong cuộc họp hay qua điện "
                            "thoại. Điều đó hoàn toàn bình thường. Người được giao, hoặc chuyên "
                            "viên theo dõi, ghi ngay việc đó lên hệ thống với đủ các thành phần, "
                            "để việc không chỉ nằm trong trí nhớ của hai người.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Giao cho đơn vị hay cho cá nhân?",
                        "text": (
                            "<p>Khi lãnh đạo văn phòng giao việc cho một phòng, trưởng phòng phân "
                            "công tiếp cho một chuyên viên cụ thể ngay trên hệ thống. Việc gốc vẫn "
                            "do phòng chủ trì, còn người trực tiếp làm được ghi rõ. Nhờ vậy lãnh "
                            "đạo văn phòng biết hỏi ai khi cần, trưởng phòng thấy được khối lượng "
                            "việc của từng người trong phòng, và khi chuyên viên nghỉ phép, việc "
                            "không bị bỏ quên vì vẫn nằm trong danh sách của phòng.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": "Cách giao việc nào đủ thông tin nhất?",
                        "choices": [
                            {
                                "text": (
                                    "Phòng Tổng hợp và Phòng Hành chính cùng chủ trì chuẩn bị hội "
                                    "nghị giữa năm, phối hợp chặt chẽ với các ban, hoàn thành sớm."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Hai đơn vị cùng chủ trì và hạn “sớm” khiến không ai chịu "
                                    "trách nhiệm chính, không có gì để nhắc."
                                ),
                            },
                            {
                                "text": (
                                    "Phòng Tổng hợp chủ trì dự thảo báo cáo, Ban Tổ chức cung cấp "
                                    "số liệu, trình trước 17 giờ ngày 20/6."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Có chủ trì, phối hợp, hạn và sản phẩm; căn cứ được gắn "
                                    "kèm trên hệ thống."
                                ),
                            },
                            {
                                "text": (
                                    "Chuẩn bị hội nghị giữa năm, các đơn vị liên quan phối hợp."
                                ),
                                "correct": False,
                                "feedback": "Không có chủ trì, hạn, sản phẩm hay căn cứ.",
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Thông báo kết luận của Thường trực có năm nhiệm vụ cho ba đơn vị. Nên "
                            "đưa lên hệ thống thế nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Không cần tạo việc; các đơn vị đã nhận thông báo kết luận là "
                                    "đủ."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Không có việc trên hệ thống thì không có nhắc hạn và không có "
                                    "số liệu theo dõi."
                                ),
                            },
                            {
                                "text": (
                                    "Tạo một việc “Thực hiện thông báo kết luận”, giao cho cả ba "
                                    "đơn vị cùng chủ trì."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Một việc chung cho ba đơn vị không cho biết nhiệm vụ nào "
                                    "xong, nhiệm vụ nào chậm."
                                ),
                            },
                            {
                                "text": (
                                    "Tách thành năm việc, mỗi việc có chủ trì và hạn riêng, cùng "
                                    "gắn căn cứ là thông báo kết luận."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Tiến độ thực hiện kết luận được theo dõi theo từng "
                                    "nhiệm vụ."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "theo-doi-don-doc-va-canh-bao-qua-han",
            "title": "Theo dõi, đôn đốc và cảnh báo quá hạn",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Trạng thái của một việc"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi việc trên hệ thống đi qua một số trạng thái. Các phần mềm đặt tên "
                        "khác nhau, nhưng thường có: <strong>mới giao</strong>, <strong>đang thực "
                        "hiện</strong>, <strong>chờ duyệt</strong> (đã nộp sản phẩm, chờ người "
                        "giao xem), <strong>hoàn thành</strong>; và hai tình trạng cần chú ý: "
                        "<strong>sắp đến hạn</strong> và <strong>quá hạn</strong>. Trạng thái chỉ "
                        "có ý nghĩa khi được cập nhật đúng lúc. Một việc đã xong từ tuần trước mà "
                        "vẫn để “đang thực hiện” làm sai lệch mọi báo cáo và khiến lãnh đạo mất "
                        "thời gian đôn đốc những việc không còn cần đôn đốc.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Các mốc nhắc việc thường dùng (ví dụ cấu hình tại một văn phòng)"
                        ),
                        "header": ["Mốc", "Ai nhận thông báo", "Nội dung"],
                        "rows": [
                            [
                                "Khi được giao",
                                "Người chủ trì, người phối hợp",
                                "Có việc mới, hạn, sản phẩm, căn cứ",
                            ],
                            [
                                "3 ngày làm việc trước hạn",
                                "Người chủ trì",
                                "Việc sắp đến hạn, trạng thái hiện tại",
                            ],
                            ["Ngày đến hạn", "Người chủ trì, người giao", "Việc đến hạn hôm nay"],
                            [
                                "Quá hạn 1 ngày",
                                "Người chủ trì, người giao, lãnh đạo đơn vị chủ trì",
                                "Việc đã quá hạn, đề nghị báo cáo lý do",
                            ],
                            [
                                "Quá hạn kéo dài",
                                "Theo quy chế của cơ quan",
                                "Đưa vào danh sách báo cáo tại giao ban",
                            ],
                        ],
                    },
                ),
                ("heading", "Đề nghị gia hạn trước khi quá hạn"),
                (
                    "rich_text",
                    (
                        "<p>Không phải việc nào cũng hoàn thành được đúng hạn: số liệu của cơ sở "
                        "gửi chậm, nội dung phải xin thêm ý kiến, có việc gấp hơn chen vào. Điều "
                        "quan trọng là người chủ trì <strong>báo sớm</strong>: khi thấy nguy cơ "
                        "trễ, gửi đề nghị gia hạn trên hệ thống, nêu lý do và hạn mới đề xuất, "
                        "trước khi hạn cũ đến. Người giao duyệt hoặc điều chỉnh. Như vậy, hạn trên "
                        "hệ thống luôn phản ánh cam kết thực tế, và danh sách “quá hạn” chỉ còn "
                        "những việc thật sự có vấn đề.</p><p>Ví dụ minh họa: dự thảo báo cáo có "
                        "hạn ngày 20, nhưng đến ngày 16 mới nhận được số liệu của hai đảng ủy. "
                        "Đồng chí Minh gửi đề nghị gia hạn đến ngày 22 kèm lý do, đồng thời báo đã "
                        "đôn đốc hai đơn vị. Chánh Văn phòng đồng ý đến ngày 21. Việc không bị "
                        "tính là quá hạn, và Chánh Văn phòng biết sớm để điều chỉnh lịch trình "
                        "Thường trực.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "“Hoàn thành” phải kèm sản phẩm",
                        "text": (
                            "<p>Bấm “hoàn thành” mà không đính kèm hoặc liên kết sản phẩm (dự "
                            "thảo, báo cáo, văn bản đã ban hành) khiến người giao không kiểm tra "
                            "được. Hãy thống nhất trong cơ quan: việc chỉ được chuyển sang “hoàn "
                            "thành” khi có sản phẩm, và người giao xác nhận. Đây cũng là cách để "
                            "số liệu “tỷ lệ việc hoàn thành đúng hạn” đáng tin.</p>"
                        ),
                    },
                ),
                ("heading", "Đôn đốc bằng danh sách, không bằng trí nhớ"),
                (
                    "rich_text",
                    (
                        "<p>Giao ban đầu tuần là dịp tốt để đôn đốc. Thay vì mỗi người kể lại công "
                        "việc của mình, chuyên viên theo dõi mở danh sách việc sắp đến hạn và quá "
                        "hạn, sắp xếp theo đơn vị chủ trì; cuộc họp chỉ bàn những việc có vấn đề. "
                        "Danh sách này lấy thẳng từ hệ thống, không ai phải tổng hợp tay.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Chuẩn bị danh sách đôn đốc cho giao ban đầu tuần",
                        "items": [
                            (
                                "<p>Lọc các việc quá hạn và các việc đến hạn trong tuần, sắp xếp "
                                "theo đơn vị chủ trì.</p>"
                            ),
                            (
                                "<p>Với mỗi việc quá hạn, xem đã có đề nghị gia hạn hay lý do "
                                "chưa; nếu chưa, nhắc người chủ trì cập nhật trước giờ họp.</p>"
                            ),
                            (
                                "<p>Đánh dấu những việc cần lãnh đạo cho ý kiến, ví dụ vướng phối "
                                "hợp giữa hai đơn vị.</p>"
                            ),
                            (
                                "<p>Sau giao ban, cập nhật ngay trên hệ thống những việc được điều "
                                "chỉnh hạn, đổi người chủ trì hay giao thêm.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Cảnh báo nhiều quá thì không ai đọc",
                        "text": (
                            "<p>Nếu mỗi người nhận hàng chục thông báo mỗi ngày, họ sẽ bỏ qua tất "
                            "cả. Hãy cấu hình nhắc việc ở vài mốc thật cần, gom thông báo thành "
                            "một bản tin mỗi sáng nếu hệ thống cho phép, và đừng tạo việc cho "
                            "những đầu việc quá nhỏ.</p>"
                        ),
                    },
                ),
                ("heading", "Khi người chủ trì vắng mặt hoặc chuyển công tác"),
                (
                    "rich_text",
                    (
                        "<p>Người chủ trì đi công tác dài ngày, nghỉ ốm hay chuyển sang đơn vị "
                        "khác là chuyện bình thường; việc bị “treo” vì thế thì không bình thường. "
                        "Trước khi vắng mặt dài ngày, người chủ trì rà danh sách việc của mình, đề "
                        "nghị lãnh đạo đơn vị chuyển những việc sắp đến hạn cho người khác trên hệ "
                        "thống, kèm ghi chú tình trạng: đã làm đến đâu, tài liệu ở đâu, còn chờ "
                        "ai. Khi chuyển công tác, toàn bộ việc đang làm được bàn giao trên hệ "
                        "thống, không chỉ bằng lời. Việc được chuyển giữ nguyên lịch sử, căn cứ và "
                        "hạn, nên người tiếp nhận không phải bắt đầu lại từ đầu.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Minh thấy khó kịp hạn ngày 20 vì đến ngày 16 mới có số liệu "
                            "của hai đảng ủy. Nên làm gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Cố gắng hết sức, đến ngày 20 nếu chưa xong thì báo cáo lý do "
                                    "và đề nghị lùi hạn vài ngày."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Đến ngày hạn mới báo thì người giao không còn thời gian điều "
                                    "chỉnh."
                                ),
                            },
                            {
                                "text": (
                                    "Gửi ngay đề nghị gia hạn trên hệ thống, nêu lý do và hạn mới "
                                    "đề xuất."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Báo sớm giúp hạn trên hệ thống phản ánh đúng cam kết "
                                    "thực tế."
                                ),
                            },
                            {
                                "text": "Bấm “hoàn thành” để khỏi bị cảnh báo, nộp sản phẩm sau.",
                                "correct": False,
                                "feedback": (
                                    "Như vậy số liệu theo dõi sai sự thật và người giao không kiểm "
                                    "tra được sản phẩm."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Vì sao một việc chỉ nên chuyển sang “hoàn thành” khi có sản phẩm kèm "
                            "theo?"
                        ),
                        "choices": [
                            {
                                "text": "Vì hệ thống không cho bấm hoàn thành nếu không có tệp.",
                                "correct": False,
                                "feedback": (
                                    "Nhiều hệ thống vẫn cho bấm; đây là quy ước của cơ quan để số "
                                    "liệu đáng tin."
                                ),
                            },
                            {
                                "text": "Để người chủ trì được tính thêm điểm thi đua.",
                                "correct": False,
                                "feedback": (
                                    "Mục đích chính là kiểm tra được kết quả, không phải tính điểm."
                                ),
                            },
                            {
                                "text": (
                                    "Để người giao kiểm tra được kết quả và để tỷ lệ hoàn thành "
                                    "đúng hạn phản ánh đúng thực tế."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. “Hoàn thành” không có sản phẩm thì không kiểm chứng "
                                    "được."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "bieu-mau-dien-tu-va-du-lieu-dung-chung",
            "title": "Biểu mẫu điện tử và dữ liệu dùng chung: một lần nhập – dùng nhiều lần",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Cùng một con số, hỏi mười lần"),
                (
                    "rich_text",
                    (
                        "<p>Trong một tháng, một đảng ủy cơ sở có thể nhận yêu cầu báo cáo số đảng "
                        "viên từ nhiều nơi: Văn phòng cần cho báo cáo tháng, Ban Tổ chức cần cho "
                        "báo cáo công tác đảng viên, Ủy ban Kiểm tra cần cho báo cáo kiểm tra, mỗi "
                        "nơi một biểu mẫu, một cách tính. Cán bộ văn phòng cơ sở gõ lại cùng con "
                        "số nhiều lần, có lần gõ sai, và ba báo cáo của cấp trên có ba con số khác "
                        "nhau. Đây chính là điều nguyên tắc <strong>“một lần nhập – dùng nhiều "
                        "lần”</strong> muốn chấm dứt: mỗi dữ liệu được nhập <strong>một "
                        "lần</strong>, tại <strong>một nơi</strong>, bởi <strong>người có trách "
                        "nhiệm</strong>; mọi báo cáo về sau lấy từ nơi đó.</p>"
                    ),
                ),
                ("heading", "Ba lớp của dữ liệu dùng chung"),
                (
                    "table",
                    {
                        "caption": "Ba lớp và ví dụ trong văn phòng cấp ủy",
                        "header": ["Lớp", "Là gì", "Ví dụ minh họa"],
                        "rows": [
                            [
                                "Danh mục",
                                "Danh sách chuẩn, ít thay đổi, có mã",
                                (
                                    "Danh mục tổ chức cơ sở đảng, danh mục loại văn bản, danh mục "
                                    "chỉ tiêu báo cáo"
                                ),
                            ],
                            [
                                "Dữ liệu nghiệp vụ",
                                "Dữ liệu phát sinh khi làm việc, mỗi dòng một sự việc",
                                "Văn bản đến, việc được giao, số liệu báo cáo tháng của từng cơ sở",
                            ],
                            [
                                "Báo cáo",
                                "Tổng hợp từ dữ liệu nghiệp vụ, không nhập tay",
                                "Báo cáo tháng, bảng theo dõi một trang cho lãnh đạo",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Lỗi phổ biến nhất là trộn ba lớp: gõ tên cơ sở tự do thay vì chọn từ "
                        "danh mục, nhập thẳng con số tổng hợp vào báo cáo thay vì tính từ dữ liệu, "
                        "sửa báo cáo mà không sửa dữ liệu gốc. Khi các lớp được tách bạch, sửa một "
                        "chỗ là mọi báo cáo đều đúng. Khóa “Kỹ năng làm việc với bảng tính và dữ "
                        "liệu dùng chung” đã hướng dẫn cách làm điều này trên bảng tính; bài này "
                        "nói về cách làm điều đó trên các biểu mẫu và hệ thống dùng chung của cơ "
                        "quan.</p>"
                    ),
                ),
                ("heading", "Thiết kế một biểu mẫu điện tử tốt"),
                (
                    "steps",
                    {
                        "title": "Các bước thiết kế biểu mẫu thu thập số liệu từ cơ sở",
                        "items": [
                            (
                                "<p>Bắt đầu từ câu hỏi: số liệu này dùng để làm gì, ai dùng, bao "
                                "lâu một lần? Bỏ những trường không có ai dùng.</p>"
                            ),
                            (
                                "<p>Kiểm tra dữ liệu đã có ở đâu chưa. Không hỏi lại những gì cơ "
                                "quan đã có, ví dụ tên, mã đơn vị, số đảng viên đầu kỳ.</p>"
                            ),
                            (
                                "<p>Với mỗi trường, xác định kiểu dữ liệu: số, ngày, chọn từ danh "
                                "sách, văn bản ngắn. Ghi đơn vị tính ngay trong tên trường.</p>"
                            ),
                            (
                                "<p>Đặt quy tắc kiểm tra: số không âm, ngày trong kỳ báo cáo, tổng "
                                "các phần bằng tổng chung, trường bắt buộc.</p>"
                            ),
                            (
                                "<p>Lấy danh sách chọn từ danh mục dùng chung, không gõ lại danh "
                                "sách trong từng biểu mẫu.</p>"
                            ),
                            (
                                "<p>Viết hướng dẫn ngắn ngay cạnh trường dễ hiểu nhầm, kèm định "
                                "nghĩa chỉ tiêu.</p>"
                            ),
                            (
                                "<p>Cho hai, ba cơ sở nhập thử; sửa biểu mẫu trước khi áp dụng "
                                "rộng.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Định nghĩa chỉ tiêu nằm ngay trên biểu mẫu",
                        "text": (
                            "<p>“Số đảng viên mới kết nạp trong kỳ” tính theo ngày ký quyết định "
                            "hay ngày tổ chức lễ kết nạp? Nếu định nghĩa không nằm ngay trên biểu "
                            "mẫu, mỗi cơ sở sẽ hiểu một kiểu và con số tổng hợp mất ý nghĩa. Một "
                            "dòng định nghĩa ngắn tiết kiệm hàng chục cuộc điện thoại hỏi lại.</p>"
                        ),
                    },
                ),
                ("heading", "Ai sở hữu dữ liệu?"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi loại dữ liệu dùng chung cần một <strong>đơn vị chủ quản</strong>: "
                        "đơn vị chịu trách nhiệm về tính đúng, đủ, kịp thời, và là nơi duy nhất "
                        "được sửa dữ liệu đó. Ví dụ minh họa: danh mục tổ chức cơ sở đảng do bộ "
                        "phận phụ trách tổ chức cập nhật; số liệu văn bản đến do văn thư; tiến độ "
                        "thực hiện kết luận do chuyên viên theo dõi. Các đơn vị khác được xem và "
                        "sử dụng theo phân quyền. Khi một đơn vị cần một số liệu, họ hỏi đơn vị "
                        "chủ quản hoặc xem trên hệ thống, thay vì tự thu thập lại từ cơ sở.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Dữ liệu dùng chung không có nghĩa là ai cũng xem được mọi thứ",
                        "text": (
                            "<p>Dữ liệu có thông tin cá nhân của cán bộ, đảng viên phải được phân "
                            "quyền theo nhu cầu công việc, theo Luật Bảo vệ dữ liệu cá nhân số "
                            "91/2025/QH15 và Nghị định 356/2025/NĐ-CP. Biểu mẫu chỉ thu những "
                            "trường cần cho mục đích đã nêu. Dữ liệu thuộc bí mật nhà nước không "
                            "đưa vào biểu mẫu, cơ sở dữ liệu có kết nối mạng.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Ví dụ minh họa: trước và sau khi áp dụng biểu mẫu dùng chung",
                        "header": ["Khía cạnh", "Trước", "Sau"],
                        "rows": [
                            [
                                "Số lần cơ sở nhập cùng một số liệu trong tháng",
                                "3 lần, cho 3 nơi",
                                "1 lần, trên biểu mẫu dùng chung",
                            ],
                            [
                                "Số liệu về cùng một chỉ tiêu ở các báo cáo",
                                "Có khi khác nhau",
                                "Giống nhau vì cùng một nguồn",
                            ],
                            [
                                "Thời gian tổng hợp ở văn phòng",
                                "Nhập lại từ tệp Word, Excel của từng nơi",
                                "Bảng tổng hợp tự cập nhật",
                            ],
                            [
                                "Khi phát hiện sai",
                                "Sửa ở từng báo cáo",
                                "Đơn vị chủ quản sửa dữ liệu gốc, mọi báo cáo đúng theo",
                            ],
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Ban Tổ chức cần số đảng viên của từng cơ sở, số liệu mà văn phòng đã "
                            "thu qua biểu mẫu dùng chung tháng trước. Cách làm nào đúng nguyên tắc "
                            "“một lần nhập – dùng nhiều lần”?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Lấy từ nguồn dùng chung theo phân quyền; cần thêm chỉ tiêu "
                                    "thì bổ sung vào biểu mẫu chung."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Một nguồn, một lần nhập, nhiều đơn vị cùng dùng."
                                ),
                            },
                            {
                                "text": (
                                    "Ban Tổ chức gửi biểu mẫu riêng cho các cơ sở để có số liệu "
                                    "theo đúng mẫu và đúng định nghĩa của mình."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Cơ sở lại phải nhập lần nữa, và hai nguồn số liệu dễ lệch "
                                    "nhau."
                                ),
                            },
                            {
                                "text": (
                                    "Văn phòng chép số liệu sang một tệp Excel mới và gửi qua thư "
                                    "điện tử cho Ban Tổ chức."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Tạo ra một bản sao tách khỏi nguồn; khi nguồn được sửa, bản "
                                    "sao sẽ sai."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Khi thiết kế biểu mẫu báo cáo tháng cho cơ sở, trường nào KHÔNG nên "
                            "hỏi?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Số đảng viên mới kết nạp trong tháng, có định nghĩa cách tính."
                                ),
                                "correct": False,
                                "feedback": "Đây là số liệu phát sinh trong kỳ, cần thu.",
                            },
                            {
                                "text": (
                                    "Tên và mã đơn vị, vì hệ thống đã biết cơ sở nào đang đăng "
                                    "nhập."
                                ),
                                "correct": True,
                                "feedback": "Đúng. Không hỏi lại dữ liệu cơ quan đã có.",
                            },
                            {
                                "text": "Số chi bộ sinh hoạt đúng định kỳ trong tháng.",
                                "correct": False,
                                "feedback": (
                                    "Đây là chỉ tiêu phát sinh trong kỳ, cần thu kèm định nghĩa."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "so-lieu-cho-lanh-dao",
            "title": "Số liệu cho lãnh đạo: bảng theo dõi một trang",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Lãnh đạo cần gì từ số liệu?"),
                (
                    "rich_text",
                    (
                        "<p>Lãnh đạo cấp ủy không cần xem toàn bộ dữ liệu. Họ cần trả lời nhanh "
                        "vài câu hỏi: việc gì đang chậm, chậm ở đâu, có đang tốt lên không, cần "
                        "mình quyết định gì. Một <strong>bảng theo dõi một trang</strong> (còn gọi "
                        "là bảng điều khiển, dashboard) đặt những con số trả lời các câu hỏi đó "
                        "lên một màn hình hoặc một trang giấy, cập nhật tự động từ dữ liệu dùng "
                        "chung. Khi dữ liệu đã được nhập đúng một lần ở các khâu trước, bảng theo "
                        "dõi gần như “tự có”.</p>"
                    ),
                ),
                ("heading", "Chọn ít chỉ tiêu, định nghĩa rõ từng chỉ tiêu"),
                (
                    "rich_text",
                    (
                        "<p>Sai lầm thường gặp là đưa quá nhiều con số lên bảng. Một trang có ba "
                        "mươi chỉ tiêu không giúp ai thấy điều quan trọng. Hãy chọn năm đến tám "
                        "chỉ tiêu gắn với những việc lãnh đạo thực sự theo dõi. Với mỗi chỉ tiêu, "
                        "ghi rõ bốn thông tin: <strong>định nghĩa</strong> (tử số, mẫu số), "
                        "<strong>nguồn</strong> dữ liệu, <strong>thời điểm cập nhật</strong>, và "
                        "<strong>người chịu trách nhiệm</strong> về con số.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Ví dụ minh họa: các chỉ tiêu trên bảng theo dõi của một văn phòng cấp "
                            "ủy"
                        ),
                        "header": ["Chỉ tiêu", "Định nghĩa", "Nguồn", "Cập nhật"],
                        "rows": [
                            [
                                "Tỷ lệ văn bản đến xử lý đúng hạn",
                                (
                                    "Số văn bản có hạn xử lý đã xử lý xong đúng hạn trong tháng, "
                                    "chia cho số văn bản có hạn xử lý đến hạn trong tháng"
                                ),
                                "Hệ thống quản lý văn bản",
                                "Hằng ngày",
                            ],
                            [
                                "Số việc quá hạn theo đơn vị",
                                "Số việc đang quá hạn, nhóm theo đơn vị chủ trì",
                                "Hệ thống giao việc",
                                "Hằng ngày",
                            ],
                            [
                                "Tiến độ thực hiện kết luận của Thường trực",
                                (
                                    "Số nhiệm vụ đã hoàn thành trên tổng số nhiệm vụ từ các thông "
                                    "báo kết luận trong năm"
                                ),
                                "Hệ thống giao việc",
                                "Hằng tuần",
                            ],
                            [
                                "Tỷ lệ cơ sở nộp báo cáo tháng đúng hạn",
                                (
                                    "Số tổ chức cơ sở đảng nộp đúng hạn chia cho tổng số tổ chức "
                                    "cơ sở đảng"
                                ),
                                "Biểu mẫu báo cáo dùng chung",
                                "Hằng tháng",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Mỗi con số cần một mốc để so sánh",
                        "text": (
                            "<p>“Tỷ lệ xử lý đúng hạn 86%” là tốt hay xấu? Không biết, nếu không "
                            "có mốc: tháng trước là bao nhiêu, mục tiêu là bao nhiêu, đơn vị khác "
                            "thế nào. Mỗi chỉ tiêu trên bảng nên đi kèm ít nhất một mốc so sánh: "
                            "kỳ trước, cùng kỳ, hoặc mục tiêu. Khi dùng màu xanh, vàng, đỏ để báo "
                            "mức độ, ngưỡng của từng màu phải được thống nhất và ghi rõ.</p>"
                        ),
                    },
                ),
                ("heading", "Trình bày cho đúng, cho dễ đọc"),
                (
                    "rich_text",
                    (
                        "<p>Những gì đã học trong khóa “Phân tích, tổng hợp và viết tờ trình một "
                        "trang” áp dụng trọn vẹn ở đây: biểu đồ cột bắt đầu từ 0; phân biệt phần "
                        "trăm với điểm phần trăm; mẫu số nhỏ thì ghi số tuyệt đối; không dùng biểu "
                        "đồ 3D. Thêm ba điều riêng cho bảng theo dõi:</p><ul><li><strong>Điều quan "
                        "trọng nhất ở góc trên bên trái</strong>, nơi mắt người đọc nhìn đầu "
                        "tiên.</li><li><strong>Mỗi con số bấm vào được</strong> để xem chi tiết: "
                        "bấm vào “12 việc quá hạn” thấy ngay danh sách 12 "
                        "việc.</li><li><strong>Ghi thời điểm cập nhật</strong> ở đầu trang, để "
                        "không ai dùng số liệu cũ mà tưởng là mới.</li></ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Lập bảng theo dõi một trang lần đầu",
                        "items": [
                            (
                                "<p>Hỏi lãnh đạo: mỗi tuần, đồng chí muốn biết ngay điều gì? Ghi "
                                "lại năm đến tám câu hỏi.</p>"
                            ),
                            (
                                "<p>Với mỗi câu hỏi, chọn một chỉ tiêu trả lời được; viết định "
                                "nghĩa, nguồn, thời điểm cập nhật, người chịu trách nhiệm.</p>"
                            ),
                            (
                                "<p>Kiểm tra dữ liệu nguồn đã đủ, đúng chưa; nếu chưa, sửa ở khâu "
                                "nhập liệu, không sửa tay trên bảng.</p>"
                            ),
                            (
                                "<p>Chọn cách trình bày: con số lớn kèm mốc so sánh, biểu đồ đường "
                                "cho xu hướng, bảng ngắn cho danh sách cần chú ý.</p>"
                            ),
                            (
                                "<p>Dùng thử một tháng, hỏi lãnh đạo chỉ tiêu nào không ai xem để "
                                "bỏ, câu hỏi nào chưa được trả lời để thêm.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Đừng “làm đẹp” con số",
                        "text": (
                            "<p>Khi bảng theo dõi được dùng để đánh giá, sẽ có áp lực làm cho con "
                            "số đẹp hơn: chuyển việc sang “hoàn thành” sớm, gia hạn hàng loạt để "
                            "không bị tính quá hạn. Khi đó bảng mất giá trị. Cách phòng ngừa là "
                            "định nghĩa chỉ tiêu chặt (ví dụ đếm cả số lần gia hạn), kiểm tra ngẫu "
                            "nhiên, và quan trọng nhất là dùng số liệu để tìm nguyên nhân, hỗ trợ, "
                            "không chỉ để phê bình.</p>"
                        ),
                    },
                ),
                ("heading", "Ai được xem bảng theo dõi?"),
                (
                    "rich_text",
                    (
                        "<p>Bảng theo dõi tổng hợp thông tin về tiến độ công việc của nhiều đơn "
                        "vị, có khi cả tên từng người chậm việc. Vì vậy cần phân quyền xem: lãnh "
                        "đạo cấp ủy, lãnh đạo văn phòng xem toàn bộ; lãnh đạo mỗi đơn vị xem phần "
                        "của đơn vị mình; bảng không được chụp màn hình gửi ra các nhóm nhắn tin "
                        "ngoài cơ quan. Khi đưa số liệu từ bảng vào một báo cáo chính thức, ghi rõ "
                        "thời điểm lấy số liệu.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bảng theo dõi ghi “Tỷ lệ văn bản đến xử lý đúng hạn: 86%”. Điều gì "
                            "còn thiếu để lãnh đạo hiểu đúng con số này?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Mốc so sánh (tháng trước, mục tiêu), thời điểm cập nhật và "
                                    "định nghĩa tử số, mẫu số."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Con số có ý nghĩa khi biết cách tính, thời điểm và mốc "
                                    "so sánh."
                                ),
                            },
                            {
                                "text": "Màu sắc bắt mắt hơn cho con số.",
                                "correct": False,
                                "feedback": (
                                    "Màu sắc không thay được thông tin về định nghĩa và mốc so "
                                    "sánh."
                                ),
                            },
                            {
                                "text": "Thêm nhiều chữ số thập phân, ví dụ 86,27%.",
                                "correct": False,
                                "feedback": "Độ chính xác giả tạo không giúp hiểu con số tốt hơn.",
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Phát hiện một số liệu sai trên bảng theo dõi, cách sửa nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Gõ đè con số đúng lên ô trên bảng theo dõi, ghi chú bên cạnh "
                                    "là đã sửa tay để lãnh đạo biết."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Bảng sẽ đúng hôm nay, nhưng dữ liệu nguồn vẫn sai và các báo "
                                    "cáo khác vẫn sai."
                                ),
                            },
                            {
                                "text": (
                                    "Xóa chỉ tiêu đó khỏi bảng cho đến khi có thời gian kiểm tra."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Che giấu chỉ tiêu không giải quyết được sai sót ở nguồn."
                                ),
                            },
                            {
                                "text": (
                                    "Báo đơn vị chủ quản sửa ở dữ liệu nguồn; bảng tự cập nhật "
                                    "theo."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Sửa ở một nơi, mọi báo cáo dùng nguồn đó đều đúng."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "do-thoi-gian-chat-luong-va-chi-phi",
            "title": "Đo thời gian, chất lượng và chi phí của một quy trình",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Số hóa có làm việc tốt hơn không?"),
                (
                    "rich_text",
                    (
                        "<p>Sau khi chuyển lịch, giao việc, báo cáo lên hệ thống, câu hỏi tự nhiên "
                        "của lãnh đạo là: việc có nhanh hơn, ít sai hơn, đỡ tốn kém hơn không? Trả "
                        "lời bằng cảm nhận (“anh em thấy nhẹ hơn nhiều”) không đủ để quyết định mở "
                        "rộng hay điều chỉnh. Cần đo. Tin tốt là đo một quy trình văn phòng không "
                        "đòi hỏi kỹ thuật phức tạp: chỉ cần chọn đúng ba loại thước đo, đo trước "
                        "và sau khi thay đổi theo cùng một cách, và trình bày trung thực.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ba loại thước đo của một quy trình",
                        "header": ["Loại", "Câu hỏi", "Ví dụ thước đo"],
                        "rows": [
                            [
                                "Thời gian",
                                "Việc mất bao lâu từ đầu đến cuối?",
                                (
                                    "Số ngày làm việc từ khi nhận văn bản đến khi phát hành văn "
                                    "bản trả lời"
                                ),
                            ],
                            [
                                "Chất lượng",
                                "Kết quả có đúng ngay lần đầu không?",
                                (
                                    "Tỷ lệ báo cáo của cơ sở phải trả lại để sửa; số lỗi thể thức "
                                    "phát hiện ở khâu văn thư"
                                ),
                            ],
                            [
                                "Chi phí",
                                "Tốn bao nhiêu công sức, tiền bạc?",
                                (
                                    "Số ngày công để tổng hợp một báo cáo quý; số trang in, số "
                                    "chuyến đi gửi văn bản"
                                ),
                            ],
                        ],
                    },
                ),
                ("heading", "Đo thời gian cho đúng: cả thời gian làm và thời gian chờ"),
                (
                    "rich_text",
                    (
                        "<p>Thời gian của một quy trình gồm <strong>thời gian làm</strong> (người "
                        "thật sự xử lý) và <strong>thời gian chờ</strong> (văn bản nằm trong hàng "
                        "đợi chờ người duyệt, chờ số liệu, chờ ký). Ở văn phòng, thời gian chờ "
                        "thường lớn hơn nhiều so với thời gian làm. Hệ thống quản lý văn bản và "
                        "giao việc ghi lại thời điểm của từng bước: nhận, phân phối, giao, nộp, "
                        "duyệt, ký, phát hành. Từ đó có thể tính được mỗi bước mất bao lâu và tìm "
                        "ra “nút cổ chai”, tức bước làm cả quy trình chậm lại.</p><p>Khi tính thời "
                        "gian trung bình, cẩn thận với vài trường hợp rất dài làm lệch kết quả. Ví "
                        "dụ minh họa: chín văn bản được trả lời trong 3 đến 5 ngày, một văn bản "
                        "mất 40 ngày vì phải chờ ý kiến của nhiều cơ quan. Trung bình cộng của "
                        "mười văn bản có thể lên tới gần 8 ngày, không phản ánh đúng văn bản thông "
                        "thường. Trong trường hợp này nên báo cáo thêm <strong>trung vị</strong> "
                        "(giá trị ở giữa khi xếp theo thứ tự) và nêu riêng trường hợp đặc biệt.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Đo một quy trình trước và sau khi số hóa",
                        "items": [
                            (
                                "<p>Chọn một quy trình cụ thể, ví dụ “tổng hợp báo cáo quý từ các "
                                "tổ chức cơ sở đảng”; viết rõ điểm bắt đầu và điểm kết thúc.</p>"
                            ),
                            (
                                "<p>Chọn một đến hai thước đo cho mỗi loại: thời gian, chất lượng, "
                                "chi phí; viết định nghĩa cho từng thước đo.</p>"
                            ),
                            (
                                "<p>Đo hiện trạng (trước khi thay đổi) trên ít nhất một kỳ, ghi "
                                "nguồn của từng số liệu.</p>"
                            ),
                            (
                                "<p>Áp dụng thay đổi; đo lại theo đúng định nghĩa cũ, trên kỳ "
                                "tương đương.</p>"
                            ),
                            (
                                "<p>So sánh, giải thích nguyên nhân chênh lệch, nêu cả điều chưa "
                                "tốt; đề xuất bước tiếp theo.</p>"
                            ),
                        ],
                    },
                ),
                ("heading", "Khi hệ thống chưa ghi đủ dữ liệu"),
                (
                    "rich_text",
                    (
                        "<p>Không phải quy trình nào cũng đã nằm trọn trên hệ thống. Khi đó vẫn đo "
                        "được bằng cách lấy mẫu: chọn ngẫu nhiên khoảng hai mươi văn bản hoặc hai "
                        "mươi việc trong kỳ, tra sổ, thư điện tử và hệ thống để ghi lại thời điểm "
                        "của từng bước vào một bảng tính đơn giản. Cách làm này tốn vài giờ nhưng "
                        "cho con số đủ tin cậy để so sánh, miễn là lần đo sau chọn mẫu theo cùng "
                        "cách. Ghi rõ trong báo cáo rằng số liệu là từ mẫu, cỡ mẫu bao nhiêu.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Ví dụ minh họa: quy trình tổng hợp báo cáo quý trước và sau khi dùng "
                            "biểu mẫu dùng chung"
                        ),
                        "header": [
                            "Thước đo",
                            "Quý III năm N (trước)",
                            "Quý I năm N+1 (sau)",
                            "Ghi chú",
                        ],
                        "rows": [
                            [
                                (
                                    "Số ngày làm việc từ hạn nộp của cơ sở đến khi trình báo cáo "
                                    "tổng hợp"
                                ),
                                "8",
                                "4",
                                "Trung vị của ba bước chính",
                            ],
                            [
                                "Số báo cáo cơ sở phải trả lại để sửa",
                                "9/42",
                                "3/42",
                                "Lỗi chủ yếu còn lại: hiểu sai định nghĩa một chỉ tiêu",
                            ],
                            [
                                "Số ngày công của văn phòng để nhập lại và đối chiếu",
                                "Khoảng 6",
                                "Khoảng 1",
                                "Ước tính theo sổ theo dõi công việc",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "So sánh công bằng",
                        "text": (
                            "<p>Chỉ so sánh những con số đo theo cùng một định nghĩa, trên những "
                            "kỳ tương đương. Quý cuối năm thường nhiều việc hơn quý đầu năm; một "
                            "quý có đại hội khác một quý bình thường. Nếu không có kỳ tương đương, "
                            "hãy nói rõ giới hạn đó trong báo cáo. Và đừng quên chi phí của chính "
                            "sự thay đổi: thời gian tập huấn, thời gian thiết kế biểu mẫu cũng là "
                            "chi phí.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Trình bày kết quả bằng tờ trình một trang",
                        "text": (
                            "<p>Kết quả đo là căn cứ tốt để đề xuất mở rộng, điều chỉnh hay dừng "
                            "một thay đổi. Hãy dùng cấu trúc tờ trình một trang đã học: đề xuất, "
                            "vấn đề (kèm số liệu trước và sau), phương án, nguồn lực, lộ trình, "
                            "trách nhiệm.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Mười văn bản được trả lời lần lượt trong 3, 3, 4, 4, 4, 5, 5, 5, 5 và "
                            "40 ngày. Nên báo cáo thời gian xử lý thế nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Bỏ trường hợp 40 ngày ra khỏi số liệu, vì đó là trường hợp "
                                    "đặc biệt, không đại diện cho công việc thường ngày."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Bỏ dữ liệu bất lợi là trình bày thiếu trung thực; hãy nêu "
                                    "riêng và giải thích."
                                ),
                            },
                            {
                                "text": (
                                    "Nêu trung vị 4,5 ngày và nêu riêng trường hợp 40 ngày cùng "
                                    "nguyên nhân."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Trung vị phản ánh văn bản thông thường; trường hợp đặc "
                                    "biệt được giải thích riêng."
                                ),
                            },
                            {
                                "text": "Chỉ nêu trung bình cộng là 7,8 ngày.",
                                "correct": False,
                                "feedback": (
                                    "Một trường hợp 40 ngày kéo trung bình lên, không phản ánh văn "
                                    "bản thông thường."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Muốn biết biểu mẫu dùng chung có làm giảm sai sót không, thước đo nào "
                            "phù hợp nhất?"
                        ),
                        "choices": [
                            {
                                "text": "Số lần đăng nhập hệ thống của cán bộ cơ sở.",
                                "correct": False,
                                "feedback": (
                                    "Số lần đăng nhập đo mức độ sử dụng, không đo chất lượng."
                                ),
                            },
                            {
                                "text": (
                                    "Tỷ lệ báo cáo cơ sở phải trả lại để sửa, trước và sau khi áp "
                                    "dụng, tính theo cùng định nghĩa."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đây là thước đo chất lượng, so sánh được trước và sau."
                                ),
                            },
                            {
                                "text": "Số trang của báo cáo tổng hợp.",
                                "correct": False,
                                "feedback": (
                                    "Số trang không cho biết báo cáo có đúng ngay lần đầu hay "
                                    "không."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
